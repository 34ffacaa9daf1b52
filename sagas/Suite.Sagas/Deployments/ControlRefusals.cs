using System.Globalization;

namespace Suite.Sagas.Deployments;

/// <summary>Why a revert or a retry cannot apply to a deployment as it is; null when it can. Pure, so the reasons are tested without a bus.</summary>
public static class ControlRefusals
{
    public static string? Revert(DeploymentState s)
    {
        var previous = s.PreviousImage ?? "the previous version";
        return s.CurrentState switch
        {
            DeploymentProgress.RollingBack => "the deployment is already rolling back",
            Outcomes.Succeeded when s.PreviousImage is null => "this was the application's first version: there is nothing to go back to",
            Outcomes.Succeeded when s.Retired || s.Retiring =>
                $"the rollback window ended{At(s.RollbackWindowEndsAt)} and {previous} was scaled down; deploy it again to go back",
            Outcomes.Succeeded when s.RetirementTokenId is null =>
                $"{previous} was not kept warm ({s.Strategy} scales it down as it goes), so there is no rollback window; deploy it again to go back",
            Outcomes.Succeeded => null,
            var ended when DeploymentProgress.IsTerminal(ended) => $"only a deployment that succeeded can be reverted; this one ended {ended}",
            var running => $"the deployment is still {running}: abort it to roll it back",
        };
    }

    public static string? Retry(DeploymentState s) => s.CurrentState switch
    {
        Outcomes.Failed or Outcomes.RolledBack or Outcomes.Aborted => null,
        Outcomes.Rejected => "a rejected request would be rejected again: fix it and deploy it as a new request",
        Outcomes.Succeeded => "the deployment succeeded: only one that ended Failed, RolledBack or Aborted can be retried",
        var running => $"the deployment is still {running}: only one that ended Failed, RolledBack or Aborted can be retried",
    };

    private static string At(DateTimeOffset? at) => at is { } t ? " at " + t.ToString("u", CultureInfo.InvariantCulture) : "";
}
