using Suite.Contracts.Rollout;
using Suite.Sagas.History;

namespace Suite.Sagas.Tests;

// The sub-cells of the control matrix that a state reached one way or another makes different.

public sealed class When_aborted_with_a_pause_pending_after_the_cluster_changed
{
    [Fact]
    public async Task Should_roll_back_at_once_and_never_pause()
    {
        await using var host = await SagaTestHost.Start(s => s.Hold<ApplyRolloutStep>());
        var id = await host.Deploy();
        await host.InState(id, m => m.RollingOut);
        await host.Send(new PauseDeployment { DeploymentId = id, RequestedBy = "bob" });

        await host.Send(new AbortDeployment { DeploymentId = id, RequestedBy = "carol", Reason = "wrong build" });

        var saga = await host.InState(id, m => m.RolledBack);
        Assert.Equal("aborted by carol: wrong build", saga.RollbackReason);
        Assert.Empty(host.Harness.Published.Select<DeploymentPaused>());
        Assert.DoesNotContain(await host.History(id), e => e is Paused);
    }
}

public sealed class When_a_pause_step_is_interrupted_by_a_person_and_then_promoted
{
    [Fact]
    public async Task Should_end_the_interrupted_pause_step_too()
    {
        await using var host = await SagaTestHost.Start(s => s.Steps = [.. ScriptedPlans.Canary().Select(p => p with { PauseDuration = p.Pause ? TimeSpan.FromHours(1) : null })]);
        var id = await host.Deploy(SagaTestHost.Request("canary"));
        await host.InState(id, m => m.Observing);
        await host.Send(new PauseDeployment { DeploymentId = id, RequestedBy = "bob" });
        await host.InState(id, m => m.Paused);

        await host.Send(new PromoteDeployment { DeploymentId = id, RequestedBy = "bob" });

        var saga = await host.InState(id, m => m.Observing);
        Assert.Equal(1, saga.CompletedSteps);
        Assert.Single((await host.History(id)).OfType<StepCompleted>(), s => s.StepIndex == 1);
    }
}

public sealed class When_a_deployment_waiting_for_its_window_is_paused_then_promoted
{
    [Fact]
    public async Task Should_go_on_and_ask_the_window_again()
    {
        await using var host = await SagaTestHost.Start(s => s.WindowOpen = false);
        var id = await host.Deploy();
        await host.InState(id, m => m.AwaitingWindow);
        await host.Send(new PauseDeployment { DeploymentId = id, RequestedBy = "bob" });
        await host.InState(id, m => m.Paused);

        await host.Send(new PromoteDeployment { DeploymentId = id, RequestedBy = "bob" });

        await host.InState(id, m => m.AwaitingWindow);
        Assert.Equal(2, host.Script.Sent<Contracts.Compliance.CheckComplianceWindow>().Count());
        Assert.True(await host.Harness.Published.Any<DeploymentResumed>());
    }
}

public sealed class When_a_revert_is_rolling_back
{
    [Fact]
    public async Task Should_ignore_pause_resume_promote_and_abort_and_refuse_another_revert()
    {
        await using var host = await SagaTestHost.Start(s => (s.Steps, _) = (ScriptedPlans.Canary(), s.Held[typeof(RollBackDeployment)] = true));
        var id = await host.Deploy(SagaTestHost.Request("canary"));
        await host.InState(id, m => m.Succeeded);
        await host.Send(new RevertDeployment { DeploymentId = id, RequestedBy = "erin" });
        await host.InState(id, m => m.RollingBack);
        var before = (await host.History(id)).Count;

        await host.Send(new PauseDeployment { DeploymentId = id, RequestedBy = "dora" });
        await host.Send(new ResumeDeployment { DeploymentId = id, RequestedBy = "dora" });
        await host.Send(new PromoteDeployment { DeploymentId = id, RequestedBy = "dora", Full = true });
        await host.Send(new AbortDeployment { DeploymentId = id, RequestedBy = "dora" });
        await host.Send(new RevertDeployment { DeploymentId = id, RequestedBy = "dora" });

        await host.InState(id, m => m.RollingBack);
        var recorded = (await host.History(id)).Skip(before).ToList();
        var refused = Assert.IsType<ControlRefused>(Assert.Single(recorded));
        Assert.Equal("the deployment is already rolling back", refused.Reason);
        Assert.Single(host.Script.Sent<RollBackDeployment>());
    }
}

public sealed class When_a_revert_comes_while_the_previous_version_is_being_retired
{
    [Fact]
    public async Task Should_refuse_it_saying_the_window_ended()
    {
        await using var host = await SagaTestHost.Start(s => (s.Steps, _) = (ScriptedPlans.Canary(), s.Held[typeof(RetirePreviousVersion)] = true));
        var id = await host.Deploy(SagaTestHost.Request("canary"));
        var saga = await host.InState(id, m => m.Succeeded);
        await host.Send(new RetirementDue { DeploymentId = id, TokenId = saga.RetirementTokenId!.Value });

        await host.Send(new RevertDeployment { DeploymentId = id, RequestedBy = "erin" });

        await host.InState(id, m => m.Succeeded);
        Assert.StartsWith("the rollback window ended", (await host.History(id)).OfType<ControlRefused>().Single().Reason);
        Assert.Empty(host.Script.Sent<RollBackDeployment>());
    }
}
