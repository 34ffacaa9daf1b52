using Suite.Contracts.Draining;
using Suite.Contracts.Gates;
using Suite.Contracts.Rollout;
using Suite.Sagas.History;

namespace Suite.Sagas.Tests;

public sealed class When_a_good_version_rolls_out
{
    [Fact]
    public async Task Should_succeed_after_every_step_and_the_final_gate()
    {
        await using var host = await SagaTestHost.Start();
        var id = await host.Deploy();

        var saga = await host.InState(id, m => m.Succeeded);

        Assert.Equal(4, saga.CompletedSteps);
        Assert.True(saga.FinalGatePassed);
        Assert.Equal([1, 2, 3, 4], host.Script.Sent<ApplyRolloutStep>().Select(c => c.Replicas));
        Assert.Equal([3, 2, 1, 0], host.Script.Sent<DrainPods>().Select(c => c.TargetReplicas));
        Assert.All(host.Script.Sent<DrainPods>(), d => Assert.Equal("shop:v1", d.Image));
        Assert.Equal(
            [GateStages.PreDeployment, GateStages.PostStep, GateStages.PostStep, GateStages.PostStep, GateStages.PostStep, GateStages.Final],
            host.Script.Sent<EvaluateGate>().Select(g => g.Stage));
    }

    [Fact]
    public async Task Should_publish_accepted_each_step_and_succeeded()
    {
        await using var host = await SagaTestHost.Start();
        var id = await host.Deploy();
        await host.InState(id, m => m.Succeeded);

        Assert.True(await host.Harness.Published.Any<DeploymentAccepted>(x => x.Context.Message.DeploymentId == id));
        Assert.True(await host.Harness.Published.Any<DeploymentSucceeded>(x => x.Context.Message.DeploymentId == id));
        var steps = host.Harness.Published.Select<DeploymentStepCompleted>(x => x.Context.Message.DeploymentId == id)
            .Select(x => x.Context.Message).OrderBy(m => m.Step).ToList();
        Assert.Equal([1, 2, 3, 4], steps.Select(s => s.Step));
        Assert.Equal([25.0, 50.0, 75.0, 100.0], steps.Select(s => s.NewVersionWeight));
    }

    [Fact]
    public async Task Should_record_each_transition_once_in_order()
    {
        await using var host = await SagaTestHost.Start();
        var id = await host.Deploy();
        await host.InState(id, m => m.Succeeded);

        var history = await host.History(id);
        Assert.IsType<RequestAccepted>(history[0]);
        Assert.IsType<Succeeded>(history[^1]);
        Assert.Equal(4, history.OfType<StepStarted>().Count());
        Assert.Equal(4, history.OfType<StepRolledOut>().Count());
        Assert.Equal(4, history.OfType<StepDrained>().Count());
        Assert.Equal(6, history.OfType<GatePassed>().Count());
        Assert.Single(history.OfType<PlanMade>());
    }
}

public sealed class When_a_gate_fails_after_a_step
{
    [Fact]
    public async Task Should_roll_back_to_the_previous_version()
    {
        await using var host = await SagaTestHost.Start(s => s.GatePasses = g => !(g.Stage == GateStages.PostStep && g.StepIndex == 2));
        var id = await host.Deploy();

        var saga = await host.InState(id, m => m.RolledBack);

        var rollback = Assert.Single(host.Script.Sent<RollBackDeployment>());
        Assert.Equal(("shop:v2", "shop:v1", 4), (rollback.Image, rollback.PreviousImage, rollback.PreviousReplicas));
        Assert.Equal(2, host.Script.Sent<ApplyRolloutStep>().Count());
        Assert.Contains("PostStep gate failed", saga.RollbackReason);
        Assert.NotNull(saga.RollbackCompletedAt);
    }

    [Fact]
    public async Task Should_publish_rolled_back_with_when_the_rollback_started()
    {
        await using var host = await SagaTestHost.Start(s => s.GatePasses = g => g.Stage != GateStages.Final);
        var id = await host.Deploy();
        await host.InState(id, m => m.RolledBack);

        var published = host.Harness.Published.Select<DeploymentRolledBack>(x => x.Context.Message.DeploymentId == id).Single().Context.Message;
        Assert.Equal("shop:v1", published.RestoredImage);
        Assert.Equal(host.Time.GetUtcNow(), published.RollbackStartedAt);
        Assert.Contains("Final gate failed", published.Reason);
    }

    [Fact]
    public async Task Should_keep_the_failure_and_the_rollback_in_the_history()
    {
        await using var host = await SagaTestHost.Start(s => s.GatePasses = g => !(g.Stage == GateStages.PostStep && g.StepIndex == 1));
        var id = await host.Deploy();
        await host.InState(id, m => m.RolledBack);

        var history = await host.History(id);
        var types = history.Where(e => e is not CommandSent).Select(e => e.GetType().Name).ToList();
        Assert.Equal(["GateFailed", "RollbackStarted", "RollbackCompleted"], types.TakeLast(3));
    }

    [Fact]
    public async Task Should_release_the_application_for_the_next_deployment()
    {
        await using var host = await SagaTestHost.Start(s => s.GatePasses = g => g.Stage != GateStages.PostStep);
        var first = await host.Deploy();
        await host.InState(first, m => m.RolledBack);
        host.Script.GatePasses = _ => true;

        var second = await host.Deploy(SagaTestHost.Request(image: "shop:v3"));

        await host.InState(second, m => m.Succeeded);
    }
}

public sealed class When_a_rollout_step_fails
{
    [Fact]
    public async Task Should_roll_back()
    {
        await using var host = await SagaTestHost.Start(s => s.RolloutFailsAtStep = 3);
        var id = await host.Deploy();

        var saga = await host.InState(id, m => m.RolledBack);

        Assert.Contains("step 3 rollout failed", saga.RollbackReason);
        Assert.DoesNotContain(host.Script.Sent<DrainPods>(), d => d.StepIndex == 3);
    }
}

public sealed class When_the_rollback_itself_fails
{
    [Fact]
    public async Task Should_end_failed_and_say_so()
    {
        await using var host = await SagaTestHost.Start(s =>
        {
            s.RolloutFailsAtStep = 1;
            s.RollbackFails = true;
        });
        var id = await host.Deploy();

        var saga = await host.InState(id, m => m.Failed);

        Assert.Contains("rollback failed", saga.LastError);
        Assert.True(await host.Harness.Published.Any<DeploymentFailed>(x => x.Context.Message.DeploymentId == id));
    }
}

public sealed class When_the_pre_deployment_gate_fails
{
    [Fact]
    public async Task Should_fail_without_touching_the_cluster()
    {
        await using var host = await SagaTestHost.Start(s => s.GatePasses = g => g.Stage != GateStages.PreDeployment);
        var id = await host.Deploy();

        var saga = await host.InState(id, m => m.Failed);

        Assert.Empty(host.Script.Sent<ApplyRolloutStep>());
        Assert.Empty(host.Script.Sent<RollBackDeployment>());
        Assert.False(saga.ClusterChanged);
        Assert.True(await host.Harness.Published.Any<DeploymentFailed>(x => x.Context.Message.DeploymentId == id));
    }
}

public sealed class When_planning_fails
{
    [Fact]
    public async Task Should_fail_with_the_planner_reason()
    {
        await using var host = await SagaTestHost.Start(s => s.PlanningFails = true);
        var id = await host.Deploy();

        var saga = await host.InState(id, m => m.Failed);

        Assert.Equal("planning failed: no such namespace", saga.LastError);
        var failed = host.Harness.Published.Select<DeploymentFailed>(x => x.Context.Message.DeploymentId == id).Single();
        Assert.Equal("planning failed: no such namespace", failed.Context.Message.Reason);
    }
}

public sealed class When_a_reply_is_delivered_twice
{
    [Fact]
    public async Task Should_record_it_once()
    {
        await using var host = await SagaTestHost.Start(s => s.Hold<DrainPods>());
        var id = await host.Deploy();

        foreach (var step in host.Script.Steps)
        {
            Assert.True(await host.Harness.Consumed.Any<DrainPods>(x => x.Context.Message.DeploymentId == id && x.Context.Message.StepIndex == step.Index));
            var drained = new PodsDrained { DeploymentId = id, StepIndex = step.Index, RemainingReplicas = step.OldReplicas };
            await host.Harness.Bus.Publish(drained);
            await host.Harness.Bus.Publish(drained);
            await host.Harness.Bus.Publish(new RolloutStepApplied
            {
                DeploymentId = id, StepIndex = step.Index, ReadyReplicas = step.NewReplicas, DesiredReplicas = step.NewReplicas,
            });
        }

        await host.InState(id, m => m.Succeeded);
        var history = await host.History(id);
        Assert.Equal([1, 2, 3, 4], history.OfType<StepRolledOut>().Select(d => d.StepIndex));
        Assert.Equal([1, 2, 3, 4], history.OfType<StepDrained>().Select(d => d.StepIndex));
        Assert.False(await host.Harness.Published.Any<Fault>());
    }
}
