using Suite.Sagas.History;

namespace Suite.Sagas.Tests;

public sealed class When_a_deployment_that_did_not_succeed_is_retried
{
    [Fact]
    public async Task Should_run_the_same_request_again_as_a_new_deployment_after_an_abort()
    {
        await using var host = await SagaTestHost.Start(s => s.WindowOpen = false);
        var request = SagaTestHost.Request() with { ProgressDeadline = "90s", RollbackWindow = "1m", StabilizationWait = "5s" };
        var id = await host.Deploy(request);
        await host.InState(id, m => m.AwaitingWindow);
        await host.Send(new AbortDeployment { DeploymentId = id, RequestedBy = "bob" });
        await host.InState(id, m => m.Aborted);
        host.Script.WindowOpen = true;
        var retry = NewId.NextGuid();

        await host.Send(new RetryDeployment { DeploymentId = id, NewDeploymentId = retry, RequestedBy = "frank", Reason = "window open now" });

        await host.InState(retry, m => m.Succeeded);
        var again = host.Harness.Published.Select<DeploymentRequested>(x => x.Context.Message.DeploymentId == retry).Single().Context.Message;
        Assert.Equal(request with { DeploymentId = retry, RequestedBy = "frank", Reason = "window open now", RequestedAt = again.RequestedAt, RetryOf = id }, again);
        Assert.Equal(retry, (await host.History(id)).OfType<Retried>().Single().NewDeploymentId);
        await host.InState(id, m => m.Aborted);
    }

    [Fact]
    public async Task Should_carry_the_strategy_options()
    {
        await using var host = await SagaTestHost.Start(s => (s.Steps, s.BadVersion) = (ScriptedPlans.ABTest(), true));
        var request = SagaTestHost.Request("ab-test");
        var id = await host.Deploy(request);
        await host.InState(id, m => m.RolledBack);
        var retry = NewId.NextGuid();

        await host.Send(new RetryDeployment { DeploymentId = id, NewDeploymentId = retry, RequestedBy = "frank" });

        var again = host.Harness.Published.Select<DeploymentRequested>(x => x.Context.Message.DeploymentId == retry).Single().Context.Message;
        Assert.Equal((ScriptedPlans.Header, "30m", "ABTest"), (again.HeaderRoute, again.ExperimentDuration, again.Strategy));
        Assert.Equal($"retry of {id}", again.Reason);
    }

    [Fact]
    public async Task Should_retry_once_for_a_redelivered_command()
    {
        await using var host = await SagaTestHost.Start(s => s.PlanningFails = true);
        var id = await host.Deploy();
        await host.InState(id, m => m.Failed);
        var retry = new RetryDeployment { DeploymentId = id, NewDeploymentId = NewId.NextGuid(), RequestedBy = "frank" };

        await host.Send(retry);
        await host.Send(retry);

        Assert.Single((await host.History(id)).OfType<Retried>());
        Assert.Single(host.Harness.Published.Select<DeploymentRequested>(x => x.Context.Message.DeploymentId == retry.NewDeploymentId));
    }

    [Fact]
    public async Task Should_refuse_a_running_deployment_and_say_why()
    {
        await using var host = await SagaTestHost.Start(s => s.Hold<Contracts.Rollout.ApplyRolloutStep>());
        var id = await host.Deploy();
        await host.InState(id, m => m.RollingOut);
        var retry = NewId.NextGuid();

        await host.Send(new RetryDeployment { DeploymentId = id, NewDeploymentId = retry, RequestedBy = "frank" });

        var refused = (await host.History(id)).OfType<ControlRefused>().Single();
        Assert.Equal(("retry", "frank"), (refused.Command, refused.RequestedBy));
        Assert.Equal("the deployment is still RollingOut: only one that ended Failed, RolledBack or Aborted can be retried", refused.Reason);
        Assert.False(await host.Harness.Published.Any<DeploymentRequested>(x => x.Context.Message.DeploymentId == retry));
    }
}
