using Suite.Contracts.Draining;
using Suite.Contracts.Planning;
using Suite.Contracts.Rollout;
using Suite.Sagas.History;

namespace Suite.Sagas.Tests;

public sealed class When_a_command_gets_no_answer_within_the_progress_deadline
{
    [Fact]
    public async Task Should_fail_and_roll_back_a_deployment_that_changed_the_cluster()
    {
        await using var host = await SagaTestHost.Start(s => s.Hold<ApplyRolloutStep>());
        var id = await host.Deploy();
        var saga = await host.InState(id, m => m.RollingOut);

        await host.Send(new ProgressDeadlineDue { DeploymentId = id, TokenId = saga.DeadlineTokenId!.Value });

        saga = await host.InState(id, m => m.RolledBack);
        Assert.Equal("no progress for 600 s while scaling the new version to 1 in step 1", saga.RollbackReason);
        Assert.Single(host.Script.Sent<RollBackDeployment>());
        Assert.Single((await host.History(id)).OfType<ProgressDeadlineExceeded>());
    }

    [Fact]
    public async Task Should_fail_a_deployment_that_changed_nothing_yet()
    {
        await using var host = await SagaTestHost.Start(s => s.Hold<PlanDeployment>());
        var id = await host.Deploy();
        var saga = await host.InState(id, m => m.Planning);

        await host.Send(new ProgressDeadlineDue { DeploymentId = id, TokenId = saga.DeadlineTokenId!.Value });

        saga = await host.InState(id, m => m.Failed);
        Assert.Equal("no progress for 600 s while the plan", saga.LastError);
        Assert.True(await host.Harness.Published.Any<DeploymentFailed>(x => x.Context.Message.DeploymentId == id));
    }

    [Fact]
    public async Task Should_ignore_the_deadline_of_a_command_that_was_answered()
    {
        await using var host = await SagaTestHost.Start(s => s.Hold<DrainPods>());
        var id = await host.Deploy();
        await host.InState(id, m => m.Draining);
        var rolloutDeadline = (await host.History(id)).OfType<CommandSent>().Single(c => c.Command == AwaitedCommands.Rollout).DeadlineTokenId!.Value;

        await host.Send(new ProgressDeadlineDue { DeploymentId = id, TokenId = rolloutDeadline });

        await host.InState(id, m => m.Draining);
        Assert.Empty((await host.History(id)).OfType<ProgressDeadlineExceeded>());
    }

    [Fact]
    public async Task Should_end_failed_when_the_rollback_itself_gets_no_answer()
    {
        await using var host = await SagaTestHost.Start(s =>
        {
            s.RolloutFailsAtStep = 2;
            s.Hold<RollBackDeployment>();
        });
        var id = await host.Deploy();
        var saga = await host.InState(id, m => m.RollingBack);

        await host.Send(new ProgressDeadlineDue { DeploymentId = id, TokenId = saga.DeadlineTokenId!.Value });

        saga = await host.InState(id, m => m.Failed);
        Assert.Equal("rollback failed: no progress for 600 s while the rollback to shop:v1", saga.LastError);
        var failed = host.Harness.Published.Select<DeploymentFailed>(x => x.Context.Message.DeploymentId == id).Single().Context.Message;
        Assert.Equal(saga.LastError, failed.Reason);
    }

    [Fact]
    public async Task Should_take_the_request_s_deadline_or_none_when_it_is_turned_off()
    {
        await using var host = await SagaTestHost.Start();
        var ninety = await host.Deploy(SagaTestHost.Request() with { ProgressDeadline = "90s" });
        await host.InState(ninety, m => m.Succeeded);
        var off = await host.Deploy(SagaTestHost.Request(application: "cart") with { ProgressDeadline = "0s" });
        await host.InState(off, m => m.Succeeded);

        Assert.All((await host.History(ninety)).OfType<CommandSent>(), c => Assert.Equal(c.At + TimeSpan.FromSeconds(90), c.DeadlineAt));
        Assert.All((await host.History(off)).OfType<CommandSent>(), c => Assert.Null(c.DeadlineTokenId));
    }
}
