using Suite.Contracts.Gates;
using Suite.Contracts.Rollout;
using Suite.Sagas.History;

namespace Suite.Sagas.Tests;

/// <summary>Replaying a deployment's history gives back the saga's state, whatever path it took.</summary>
public sealed class When_the_history_is_replayed
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    private static readonly Dictionary<string, Path> Paths = new()
    {
        ["succeeded"] = new("Succeeded", _ => { }),
        ["gate-failed"] = new("RolledBack", s => s.GatePasses = g => g.StepIndex != 3),
        ["preflight-failed"] = new("Failed", s => s.GatePasses = g => g.Stage != GateStages.PreDeployment),
        ["rejected"] = new("Rejected", _ => { }, Request: SagaTestHost.Request() with { Replicas = 0 }),
        ["aborted"] = new("Aborted", s => s.WindowOpen = false, Before: "AwaitingWindow", Act: (h, id) => h.Send(new AbortDeployment { DeploymentId = id, RequestedBy = "bob" })),
        ["awaiting-window"] = new("AwaitingWindow", s => s.WindowOpen = false),
        ["holding-before-a-step"] = new("AwaitingWindow", s => s.WindowAnswer = Windows.ClosedBefore(2, () => true)),
        ["awaiting-approval"] = new("AwaitingApproval", s => s.WindowAnswer = _ => Windows.Open(approval: true), Before: "AwaitingApproval",
            Act: (h, id) => h.Send(new ApproveDeployment { DeploymentId = id, Approver = "alice", Reason = "mine" })),
        ["overridden"] = new("Succeeded", s => s.WindowAnswer = Windows.ClosedBefore(2, () => true), Before: "AwaitingWindow",
            Act: (h, id) => h.Send(new OverrideComplianceWindow { DeploymentId = id, Approver = "bob", Reason = "incident" })),
        ["paused"] = new("Paused", s => s.Hold<ApplyRolloutStep>(), Before: "RollingOut", Act: async (h, id) =>
        {
            await h.Send(new PauseDeployment { DeploymentId = id, RequestedBy = "bob" });
            await h.Send(new RolloutStepApplied { DeploymentId = id, StepIndex = 1, ReadyReplicas = 1, DesiredReplicas = 1 });
        }),
        ["canary-warm"] = new("Succeeded", s => s.Steps = ScriptedPlans.Canary(), "canary"),
        ["canary-retired"] = new("Succeeded", s => s.Steps = ScriptedPlans.Canary(), "canary", "Succeeded",
            async (h, id) => await h.Send(new RetirementDue { DeploymentId = id, TokenId = h.Now(id).RetirementTokenId!.Value }), Settle: h => h.Saga.Consumed.Any<PreviousVersionRetired>()),
        ["waiting-for-promotion"] = new("Paused", s => s.Steps = ScriptedPlans.BlueGreen(manual: true), "blue-green-manual"),
        ["observing"] = new("Observing", s => s.Steps = [.. ScriptedPlans.ABTest().Select(p => p with { PauseDuration = p.Pause ? Hour : null })], "ab-test"),
        ["routing"] = new("Routing", s => (s.Steps, _) = (ScriptedPlans.Canary(), s.Held[typeof(SetTrafficRoute)] = true), "canary"),
        ["wait-interrupted"] = new("Paused", s => s.Steps = ScriptedPlans.Rolling(Hour), "rolling", "Stabilizing",
            (h, id) => h.Send(new PauseDeployment { DeploymentId = id, RequestedBy = "bob" })),
        ["reverted"] = new("RolledBack", s => s.Steps = ScriptedPlans.Canary(), "canary", "Succeeded",
            (h, id) => h.Send(new RevertDeployment { DeploymentId = id, RequestedBy = "erin" })),
        ["retried"] = new("Failed", s => s.PlanningFails = true, "rolling", "Failed",
            (h, id) => h.Send(new RetryDeployment { DeploymentId = id, NewDeploymentId = NewId.NextGuid(), RequestedBy = "frank" })),
        ["deadline"] = new("RolledBack", s => s.Hold<ApplyRolloutStep>(), "rolling", "RollingOut",
            (h, id) => h.Send(new ProgressDeadlineDue { DeploymentId = id, TokenId = h.Now(id).DeadlineTokenId!.Value })),
        ["fully-promoted"] = new("Succeeded", s => s.Steps = [.. ScriptedPlans.Canary().Select(p => p with { PauseDuration = p.Pause ? Hour : null })], "canary", "Observing",
            (h, id) => h.Send(new PromoteDeployment { DeploymentId = id, RequestedBy = "gina", Full = true })),
        ["refused"] = new("Succeeded", _ => { }, "rolling", "Succeeded", (h, id) => h.Send(new RevertDeployment { DeploymentId = id, RequestedBy = "erin" })),
    };

    public static TheoryData<string> Names => [.. Paths.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Should_give_back_the_saga_state(string name)
    {
        var path = Paths[name];
        await using var host = await SagaTestHost.Start(path.Script);
        var id = await host.Deploy(path.Request ?? SagaTestHost.Request(path.Strategy));
        if (path.Act is not null)
        {
            await host.InState(id, m => m.GetState(path.Before!));
            await path.Act(host, id);
        }

        if (path.Settle is not null)
        {
            Assert.True(await path.Settle(host));
        }

        var saga = await host.InState(id, m => m.GetState(path.State));

        var replayed = DeploymentHistoryFold.Replay(id, await host.History(id));

        Assert.Equal(saga.CurrentState, replayed.CurrentState);
        Assert.Equivalent(Comparable(saga), Comparable(replayed), strict: true);
    }

    // Version belongs to the saga repository, not to the history.
    private static DeploymentState Comparable(DeploymentState s)
    {
        var copy = (DeploymentState)typeof(object).GetMethod("MemberwiseClone", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!
            .Invoke(s, null)!;
        copy.Version = 0;
        return copy;
    }

    private sealed record Path(string State, Action<ServiceScript> Script, string Strategy = "rolling", string? Before = null,
        Func<SagaTestHost, Guid, Task>? Act = null, DeploymentRequested? Request = null, Func<SagaTestHost, Task<bool>>? Settle = null);
}
