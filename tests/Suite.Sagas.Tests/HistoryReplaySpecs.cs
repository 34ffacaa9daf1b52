using Suite.Contracts.Gates;
using Suite.Sagas.History;

namespace Suite.Sagas.Tests;

/// <summary>Replaying a deployment's history gives back the saga's state, whatever path it took.</summary>
public sealed class When_the_history_is_replayed
{
    public static TheoryData<string> Paths => ["succeeded", "gate-failed", "preflight-failed", "rejected", "aborted", "awaiting-window", "paused"];

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Should_give_back_the_saga_state(string path)
    {
        await using var host = await SagaTestHost.Start(s =>
        {
            s.GatePasses = path switch
            {
                "gate-failed" => g => g.StepIndex != 3,
                "preflight-failed" => g => g.Stage != GateStages.PreDeployment,
                _ => _ => true,
            };
            s.WindowOpen = path is not ("aborted" or "awaiting-window");
            if (path == "paused")
            {
                s.Hold<Contracts.Rollout.ApplyRolloutStep>();
            }
        });
        var request = path == "rejected" ? SagaTestHost.Request() with { Replicas = 0 } : SagaTestHost.Request();
        var id = await host.Deploy(request);
        if (path == "aborted")
        {
            await host.InState(id, m => m.AwaitingWindow);
            await host.Harness.Bus.Publish(new AbortDeployment { DeploymentId = id, RequestedBy = "bob" });
        }

        if (path == "paused")
        {
            Assert.True(await host.Harness.Consumed.Any<Contracts.Rollout.ApplyRolloutStep>());
            await host.Harness.Bus.Publish(new PauseDeployment { DeploymentId = id, RequestedBy = "bob" });
            Assert.True(await host.Harness.Consumed.Any<PauseDeployment>());
            await host.Harness.Bus.Publish(new Contracts.Rollout.RolloutStepApplied { DeploymentId = id, StepIndex = 1, ReadyReplicas = 1, DesiredReplicas = 1 });
        }

        var expected = path switch
        {
            "gate-failed" => "RolledBack",
            "preflight-failed" => "Failed",
            "rejected" => "Rejected",
            "aborted" => "Aborted",
            "awaiting-window" => "AwaitingWindow",
            "paused" => "Paused",
            _ => "Succeeded",
        };
        var saga = await host.InState(id, m => m.GetState(expected));

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
}
