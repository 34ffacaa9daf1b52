using Suite.Contracts.Gates;
using Suite.Contracts.Rollout;
using Suite.Sagas.History;

namespace Suite.Sagas.Tests;

public sealed class When_a_deployment_is_fully_promoted
{
    private static IReadOnlyList<Contracts.Planning.PlanStep> CanaryWithLongPauses() =>
        [.. ScriptedPlans.Canary().Select(s => s.Pause ? s with { PauseDuration = TimeSpan.FromHours(1) } : s)];

    [Fact]
    public async Task Should_go_straight_to_the_canary_s_end_state_and_still_run_the_final_gate()
    {
        await using var host = await SagaTestHost.Start(s => s.Steps = CanaryWithLongPauses());
        var id = await host.Deploy(SagaTestHost.Request("canary"));
        await host.InState(id, m => m.Observing);

        await host.Send(new PromoteDeployment { DeploymentId = id, RequestedBy = "gina", Full = true });

        await host.InState(id, m => m.Succeeded);
        Assert.Equal([1, 4], host.Script.Sent<ApplyRolloutStep>().Select(c => c.Replicas));
        Assert.Equal([10, 100], host.Script.Sent<SetTrafficRoute>().Select(c => c.WeightPercent!.Value));
        Assert.Equal([GateStages.PreDeployment, GateStages.PostStep, GateStages.Final], host.Script.Sent<EvaluateGate>().Select(g => g.Stage));
        Assert.Equal((1.0, 4), (host.Script.Cluster.NewShare, host.Script.Cluster.Old));
    }

    [Fact]
    public async Task Should_still_roll_back_on_an_abort()
    {
        await using var host = await SagaTestHost.Start(s => s.Steps = CanaryWithLongPauses());
        var id = await host.Deploy(SagaTestHost.Request("canary"));
        await host.InState(id, m => m.Observing);
        host.Script.Hold<SetTrafficRoute>();
        await host.Send(new PromoteDeployment { DeploymentId = id, RequestedBy = "gina", Full = true });
        await host.InState(id, m => m.Routing);

        await host.Send(new AbortDeployment { DeploymentId = id, RequestedBy = "gina", Reason = "wrong build after all" });

        var saga = await host.InState(id, m => m.RolledBack);
        Assert.Equal("aborted by gina: wrong build after all", saga.RollbackReason);
        Assert.Equal((0.0, 0, 4), (host.Script.Cluster.NewShare, host.Script.Cluster.New, host.Script.Cluster.Old));
    }

    [Fact]
    public async Task Should_roll_back_when_the_final_gate_fails()
    {
        await using var host = await SagaTestHost.Start(s => (s.Steps, s.GatePasses) = (CanaryWithLongPauses(), g => g.Stage != GateStages.Final));
        var id = await host.Deploy(SagaTestHost.Request("canary"));
        await host.InState(id, m => m.Observing);

        await host.Send(new PromoteDeployment { DeploymentId = id, RequestedBy = "gina", Full = true });

        await host.InState(id, m => m.RolledBack);
        Assert.Equal(0.0, host.Script.Cluster.NewShare);
    }

    [Fact]
    public async Task Should_run_a_rolling_update_s_remaining_batches_without_their_waits_and_gates()
    {
        await using var host = await SagaTestHost.Start(s => s.Steps = ScriptedPlans.Rolling(TimeSpan.FromHours(1)));
        var id = await host.Deploy();
        await host.InState(id, m => m.Stabilizing);

        await host.Send(new PromoteDeployment { DeploymentId = id, RequestedBy = "gina", Full = true });

        await host.InState(id, m => m.Succeeded);
        Assert.Equal([1, 2, 3, 4], host.Script.Sent<ApplyRolloutStep>().Select(c => c.Replicas));
        Assert.Equal([3, 2, 1, 0], host.Script.Sent<Contracts.Draining.DrainPods>().Select(c => c.TargetReplicas));
        Assert.Equal([GateStages.PreDeployment, GateStages.Final], host.Script.Sent<EvaluateGate>().Select(g => g.Stage));
        Assert.Single((await host.History(id)).OfType<WaitStarted>());
    }

    [Fact]
    public async Task Should_take_effect_once_planned_when_promoted_before()
    {
        await using var host = await SagaTestHost.Start(s =>
        {
            s.Steps = CanaryWithLongPauses();
            s.Hold<Contracts.Planning.PlanDeployment>();
        });
        var id = await host.Deploy(SagaTestHost.Request("canary"));
        await host.InState(id, m => m.Planning);
        await host.Send(new PromoteDeployment { DeploymentId = id, RequestedBy = "gina", Full = true });
        host.Script.Held.Clear();

        await host.Send(new Contracts.Planning.DeploymentPlanned
        {
            DeploymentId = id, PreviousImage = "shop:v1", PreviousReplicas = 4, DesiredReplicas = 4, Steps = CanaryWithLongPauses(),
        });

        await host.InState(id, m => m.Succeeded);
        Assert.Equal([4], host.Script.Sent<ApplyRolloutStep>().Select(c => c.Replicas));
        Assert.Empty((await host.History(id)).OfType<WaitStarted>());
    }
}

public sealed class When_a_timed_pause_is_interrupted
{
    [Fact]
    public async Task Should_wait_out_only_what_was_left_of_it_after_resuming()
    {
        var hour = TimeSpan.FromHours(1);
        await using var host = await SagaTestHost.Start(s => s.Steps = [.. ScriptedPlans.Canary().Select(p => p.Index == 1 ? p with { PauseDuration = hour } : p)]);
        var id = await host.Deploy(SagaTestHost.Request("canary"));
        await host.InState(id, m => m.Observing);
        host.Time.Advance(TimeSpan.FromMinutes(20));
        await host.Send(new PauseDeployment { DeploymentId = id, RequestedBy = "hank" });
        await host.InState(id, m => m.Paused);
        host.Time.Advance(TimeSpan.FromHours(3));

        await host.Send(new ResumeDeployment { DeploymentId = id, RequestedBy = "hank" });

        var saga = await host.InState(id, m => m.Observing);
        Assert.Equal(host.Time.GetUtcNow() + TimeSpan.FromMinutes(40), saga.WaitDueAt);
        Assert.Equal(2, (await host.History(id)).OfType<WaitStarted>().Count());
    }

    [Fact]
    public async Task Should_ignore_the_first_wait_s_timer_when_it_fires_late()
    {
        await using var host = await SagaTestHost.Start(s => s.Steps = ScriptedPlans.Rolling(TimeSpan.FromHours(1)));
        var id = await host.Deploy();
        var first = (await host.InState(id, m => m.Stabilizing)).WaitTokenId!.Value;
        await host.Send(new PauseDeployment { DeploymentId = id, RequestedBy = "hank" });
        await host.Send(new ResumeDeployment { DeploymentId = id, RequestedBy = "hank" });
        await host.InState(id, m => m.Stabilizing);

        await host.Send(new StepWaitDue { DeploymentId = id, TokenId = first });

        await host.InState(id, m => m.Stabilizing);
        Assert.Empty((await host.History(id)).OfType<WaitEnded>());
    }
}
