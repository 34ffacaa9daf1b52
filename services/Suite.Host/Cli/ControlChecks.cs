using System.Globalization;

namespace Suite.Host.Cli;

/// <summary>
/// What the CLI tells a person before sending a revert or a retry that cannot apply to the
/// deployment as its state report shows it (the saga checks again and records a refusal); null when it can.
/// </summary>
public static class ControlChecks
{
    public static string? Revert(DeploymentStateReport r, DateTimeOffset now)
    {
        var again = $"deploy it again: suite deploy -a {r.Application} -n {r.Namespace} -i {r.PreviousImage}";
        return r.State switch
        {
            "Succeeded" when r.PreviousImage is null => $"deployment {r.DeploymentId} put the application's first version in place: there is nothing to go back to",
            "Succeeded" when r.RollbackWindowEndsAt is not { } ends =>
                $"{r.PreviousImage} was not kept warm after deployment {r.DeploymentId} ({r.Strategy}), so there is no rollback window; {again}",
            "Succeeded" when r.RollbackWindowEndsAt <= now =>
                $"the rollback window of deployment {r.DeploymentId} ended at {Time(r.RollbackWindowEndsAt!.Value)}; {again}",
            "Succeeded" => null,
            _ when r.IsTerminal => $"only a deployment that succeeded can be reverted; {r.DeploymentId} ended {r.State}",
            _ => $"deployment {r.DeploymentId} is still {r.State}: 'suite abort {r.DeploymentId}' rolls it back",
        };
    }

    public static string? Retry(DeploymentStateReport r) => r.State switch
    {
        "Failed" or "RolledBack" or "Aborted" => null,
        "Rejected" => $"deployment {r.DeploymentId} was rejected ({r.LastError}): fix the request and deploy it again",
        _ when r.IsTerminal => $"deployment {r.DeploymentId} {r.State}: only one that ended Failed, RolledBack or Aborted can be retried",
        _ => $"deployment {r.DeploymentId} is still {r.State}: only one that ended Failed, RolledBack or Aborted can be retried",
    };

    private static string Time(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
