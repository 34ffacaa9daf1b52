using Suite.Contracts.Compliance;
using Suite.Contracts.Gates;
using Suite.Contracts.Rollout;
using Suite.Sagas.History;

namespace Suite.Sagas.Tests;

public sealed class When_paused_while_a_step_is_in_flight
{
    [Fact]
    public async Task Should_hold_at_the_step_boundary_and_go_on_when_resumed()
    {
        await using var host = await SagaTestHost.Start(s => s.Hold<ApplyRolloutStep>());
        var id = await host.Deploy();
        Assert.True(await host.Harness.Consumed.Any<ApplyRolloutStep>(x => x.Context.Message.StepIndex == 1));

        await host.Harness.Bus.Publish(new PauseDeployment { DeploymentId = id, RequestedBy = "bob", Reason = "checking dashboards" });
        Assert.True(await host.Harness.Consumed.Any<PauseDeployment>());
        var report = await host.Query(id);
        Assert.Equal("RollingOut", report.State);
        Assert.True(report.PauseRequested);

        await host.Harness.Bus.Publish(new RolloutStepApplied { DeploymentId = id, StepIndex = 1, ReadyReplicas = 1, DesiredReplicas = 1 });
        await host.InState(id, m => m.Paused);
        Assert.Empty(host.Script.Sent<Contracts.Draining.DrainPods>());
        var paused = host.Harness.Published.Select<DeploymentPaused>().Single().Context.Message;
        Assert.Equal(("bob", "checking dashboards"), (paused.RequestedBy, paused.Reason));

        host.Script.Held.Clear();
        await host.Harness.Bus.Publish(new ResumeDeployment { DeploymentId = id, RequestedBy = "bob" });
        await host.InState(id, m => m.Succeeded);
        Assert.True(await host.Harness.Published.Any<DeploymentResumed>());
    }

    [Fact]
    public async Task Should_not_pause_when_resumed_before_the_boundary()
    {
        await using var host = await SagaTestHost.Start(s => s.Hold<EvaluateGate>());
        var id = await host.Deploy();
        Assert.True(await host.Harness.Consumed.Any<EvaluateGate>());

        await host.Harness.Bus.Publish(new PauseDeployment { DeploymentId = id, RequestedBy = "bob" });
        Assert.True(await host.Harness.Consumed.Any<PauseDeployment>());
        await host.Harness.Bus.Publish(new ResumeDeployment { DeploymentId = id, RequestedBy = "bob" });
        Assert.True(await host.Harness.Consumed.Any<ResumeDeployment>());
        host.Script.Held.Clear();
        await host.Harness.Bus.Publish(new GateEvaluated { DeploymentId = id, Stage = GateStages.PreDeployment, Passed = true, Summary = "ok" });

        await host.InState(id, m => m.Succeeded);
        Assert.DoesNotContain(await host.History(id), e => e is Paused);
    }
}

public sealed class When_paused_then_promoted
{
    [Fact]
    public async Task Should_go_on_as_if_resumed()
    {
        await using var host = await SagaTestHost.Start(s => s.Hold<EvaluateGate>());
        var id = await host.Deploy();
        Assert.True(await host.Harness.Consumed.Any<EvaluateGate>());
        await host.Harness.Bus.Publish(new PauseDeployment { DeploymentId = id, RequestedBy = "bob" });
        Assert.True(await host.Harness.Consumed.Any<PauseDeployment>());
        await host.Harness.Bus.Publish(new GateEvaluated { DeploymentId = id, Stage = GateStages.PreDeployment, Passed = true, Summary = "ok" });
        await host.InState(id, m => m.Paused);

        host.Script.Held.Clear();
        await host.Harness.Bus.Publish(new PromoteDeployment { DeploymentId = id, RequestedBy = "carol" });

        await host.InState(id, m => m.Succeeded);
    }
}

public sealed class When_aborted_before_anything_changed
{
    [Fact]
    public async Task Should_end_aborted_without_a_rollback()
    {
        await using var host = await SagaTestHost.Start(s => s.WindowOpen = false);
        var id = await host.Deploy();
        await host.InState(id, m => m.AwaitingWindow);

        await host.Harness.Bus.Publish(new AbortDeployment { DeploymentId = id, RequestedBy = "bob", Reason = "wrong build" });

        var saga = await host.InState(id, m => m.Aborted);
        Assert.Equal("aborted by bob: wrong build", saga.LastError);
        Assert.Empty(host.Script.Sent<RollBackDeployment>());
        var aborted = host.Harness.Published.Select<DeploymentAborted>().Single().Context.Message;
        Assert.Equal(("bob", "aborted by bob: wrong build"), (aborted.RequestedBy, aborted.Reason));
        Assert.False(await host.Harness.Published.Any<DeploymentFailed>());
    }

    [Fact]
    public async Task Should_abort_a_paused_deployment_at_once()
    {
        await using var host = await SagaTestHost.Start(s => s.Hold<CheckComplianceWindow>());
        var id = await host.Deploy();
        await host.InState(id, m => m.CheckingWindow);
        await host.Harness.Bus.Publish(new PauseDeployment { DeploymentId = id, RequestedBy = "bob" });
        Assert.True(await host.Harness.Consumed.Any<PauseDeployment>());
        await host.Harness.Bus.Publish(new ComplianceWindowChecked { DeploymentId = id, IsOpen = true, Profile = "default" });
        await host.InState(id, m => m.Paused);

        await host.Harness.Bus.Publish(new AbortDeployment { DeploymentId = id, RequestedBy = "bob" });

        await host.InState(id, m => m.Aborted);
    }
}

public sealed class When_aborted_in_the_middle_of_the_rollout
{
    [Fact]
    public async Task Should_roll_back_at_once_and_ignore_the_late_answer_of_the_step()
    {
        await using var host = await SagaTestHost.Start(s => s.Hold<Contracts.Draining.DrainPods>());
        var id = await host.Deploy();
        Assert.True(await host.Harness.Consumed.Any<Contracts.Draining.DrainPods>());

        await host.Harness.Bus.Publish(new AbortDeployment { DeploymentId = id, RequestedBy = "bob", Reason = "incident 4711" });

        var saga = await host.InState(id, m => m.RolledBack);
        Assert.Equal("aborted by bob: incident 4711", saga.RollbackReason);
        await host.Harness.Bus.Publish(new Contracts.Draining.PodsDrained { DeploymentId = id, StepIndex = 1, RemainingReplicas = 3 });
        Assert.True(await host.Harness.Consumed.Any<Contracts.Draining.PodsDrained>());
        await host.InState(id, m => m.RolledBack);
        Assert.Single(host.Script.Sent<RollBackDeployment>());
        Assert.DoesNotContain(host.Script.Sent<EvaluateGate>(), g => g.Stage == GateStages.PostStep);
        Assert.False((await host.Query(id)).PauseRequested);
    }

    [Fact]
    public async Task Should_ignore_control_commands_while_rolling_back()
    {
        await using var host = await SagaTestHost.Start(s =>
        {
            s.RolloutFailsAtStep = 1;
            s.Hold<RollBackDeployment>();
        });
        var id = await host.Deploy();
        await host.InState(id, m => m.RollingBack);

        await host.Harness.Bus.Publish(new PauseDeployment { DeploymentId = id, RequestedBy = "bob" });
        await host.Harness.Bus.Publish(new AbortDeployment { DeploymentId = id, RequestedBy = "bob" });
        Assert.True(await host.Harness.Consumed.Any<PauseDeployment>());
        Assert.True(await host.Harness.Consumed.Any<AbortDeployment>());
        await host.Harness.Bus.Publish(new RollbackApplied { DeploymentId = id, RestoredReplicas = 4 });

        await host.InState(id, m => m.RolledBack);
        Assert.Single(host.Script.Sent<RollBackDeployment>());
        Assert.False(await host.Harness.Published.Any<DeploymentPaused>());
    }
}

public sealed class When_a_control_command_names_no_deployment
{
    [Fact]
    public async Task Should_be_discarded_without_a_fault()
    {
        await using var host = await SagaTestHost.Start();

        await host.Harness.Bus.Publish(new PauseDeployment { DeploymentId = NewId.NextGuid(), RequestedBy = "bob" });
        await host.Harness.Bus.Publish(new RevertDeployment { DeploymentId = NewId.NextGuid(), RequestedBy = "bob" });
        await host.Harness.Bus.Publish(new RetryDeployment { DeploymentId = NewId.NextGuid(), NewDeploymentId = NewId.NextGuid(), RequestedBy = "bob" });
        await host.Harness.Bus.Publish(new AbortDeployment { DeploymentId = NewId.NextGuid(), RequestedBy = "bob" });

        Assert.True(await host.Harness.Consumed.Any<AbortDeployment>());
        Assert.True(await host.Harness.Consumed.Any<RetryDeployment>());
        Assert.False(await host.Harness.Published.Any<DeploymentRequested>(x => x.Context.Message.RequestedBy == "bob"));
        Assert.False(await host.Harness.Published.Any<Fault>());
    }
}

public sealed class When_a_pausing_deployment_is_promoted
{
    [Fact]
    public async Task Should_cancel_the_pending_pause_and_go_on()
    {
        await using var host = await SagaTestHost.Start(s => s.Hold<EvaluateGate>());
        var id = await host.Deploy();
        Assert.True(await host.Harness.Consumed.Any<EvaluateGate>());
        await host.Harness.Bus.Publish(new PauseDeployment { DeploymentId = id, RequestedBy = "bob" });
        Assert.True(await host.Harness.Consumed.Any<PauseDeployment>());

        await host.Harness.Bus.Publish(new PromoteDeployment { DeploymentId = id, RequestedBy = "carol" });
        Assert.True(await host.Harness.Consumed.Any<PromoteDeployment>());
        host.Script.Held.Clear();
        await host.Harness.Bus.Publish(new GateEvaluated { DeploymentId = id, Stage = GateStages.PreDeployment, Passed = true, Summary = "ok" });

        await host.InState(id, m => m.Succeeded);
        Assert.DoesNotContain(await host.History(id), e => e is Paused);
        var resumed = host.Harness.Published.Select<DeploymentResumed>().Single().Context.Message;
        Assert.Equal(("carol", "promoted"), (resumed.RequestedBy, resumed.Reason));
    }
}
