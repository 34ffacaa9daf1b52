using Suite.Contracts.Compliance;
using Suite.Contracts.Draining;
using Suite.Contracts.Gates;
using Suite.Contracts.Planning;
using Suite.Contracts.Rollout;
using Suite.Contracts.Traffic;

namespace Suite.Sagas.Tests;

/// <summary>A way to bring a deployment into one state and keep it there, for the control matrix.</summary>
public sealed record ControlSituation(string Name, string State, Action<ServiceScript> Script, string Strategy = "rolling",
    Func<SagaTestHost, Guid, Task>? Then = null)
{
    public static readonly TimeSpan Long = TimeSpan.FromHours(1);

    public static IReadOnlyList<ControlSituation> All { get; } =
    [
        new("CheckingWindow", "CheckingWindow", s => s.Hold<CheckComplianceWindow>()),
        new("AwaitingWindow", "AwaitingWindow", s => s.WindowOpen = false),
        new("AwaitingApproval", "AwaitingApproval", s => s.WindowAnswer = _ => Windows.Open(approval: true)),
        new("Holding before a step", "AwaitingWindow", s => s.WindowAnswer = Windows.ClosedBefore(2, () => true)),
        new("AnalyzingTraffic", "AnalyzingTraffic", s => s.Hold<AnalyzeTraffic>()),
        new("Planning", "Planning", s => s.Hold<PlanDeployment>()),
        new("Preflight", "Preflight", s => s.HeldGateStage = GateStages.PreDeployment),
        new("RollingOut", "RollingOut", s => s.Hold<ApplyRolloutStep>()),
        new("Draining", "Draining", s => s.Hold<DrainPods>()),
        new("Routing", "Routing", s => (s.Steps, _) = (ScriptedPlans.Canary(), s.Held[typeof(SetTrafficRoute)] = true), "canary"),
        new("Stabilizing", "Stabilizing", s => s.Steps = ScriptedPlans.Rolling(Long)),
        new("Verifying", "Verifying", s => s.HeldGateStage = GateStages.PostStep),
        new("Observing", "Observing", s => s.Steps = CanaryFirstPauseLong(), "canary"),
        new("Paused by a person", "Paused", s => s.Steps = ScriptedPlans.Rolling(Long), "rolling",
            (host, id) => host.Send(new PauseDeployment { DeploymentId = id, RequestedBy = "bob", Reason = "dashboards" })),
        new("Paused waiting for promotion", "Paused", s => s.Steps = ScriptedPlans.CanaryUntilPromoted(), "canary-until-promoted"),
        new("RollingBack", "RollingBack", s => (s.RolloutFailsAtStep, _) = (1, s.Held[typeof(RollBackDeployment)] = true)),
        new("Succeeded in the rollback window", "Succeeded", s => s.Steps = ScriptedPlans.Canary(), "canary"),
        new("Succeeded without a warm version", "Succeeded", _ => { }),
        new("RolledBack", "RolledBack", s => s.BadVersion = true),
        new("Failed", "Failed", s => s.PlanningFails = true),
        new("Aborted", "Aborted", s => s.WindowOpen = false, "rolling",
            (host, id) => host.Send(new AbortDeployment { DeploymentId = id, RequestedBy = "bob" })),
        new("Rejected", "Rejected", _ => { }, "rejected"),
    ];

    public async Task<Guid> Reach(SagaTestHost host)
    {
        var request = Strategy == "rejected" ? SagaTestHost.Request() with { Replicas = 0 } : SagaTestHost.Request(Strategy);
        var id = await host.Deploy(request);
        if (Then is not null)
        {
            await host.InState(id, m => m.GetState(Name == "Aborted" ? "AwaitingWindow" : "Stabilizing"));
            await Then(host, id);
        }

        await host.InState(id, m => m.GetState(State));
        return id;
    }

    /// <summary>The canary whose first pause lasts an hour (its later pauses are short).</summary>
    private static IReadOnlyList<PlanStep> CanaryFirstPauseLong() =>
        [.. ScriptedPlans.Canary().Select(s => s.Index == 1 ? s with { PauseDuration = Long } : s)];
}
