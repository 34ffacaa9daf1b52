using Suite.Contracts.Compliance;
using Suite.Contracts.Traffic;
using Suite.Sagas.History;

namespace Suite.Sagas.Tests;

public sealed class When_the_compliance_window_is_closed
{
    [Fact]
    public async Task Should_wait_and_tell_subscribers_when_it_reopens()
    {
        await using var host = await SagaTestHost.Start(s => s.WindowOpen = false);
        var reopens = host.Time.GetUtcNow().AddHours(6);
        host.Script.WindowReopensAt = reopens;
        var id = await host.Deploy();

        var saga = await host.InState(id, m => m.AwaitingWindow);

        Assert.NotNull(saga.WindowRecheckTokenId);
        Assert.Empty(host.Script.Sent<AnalyzeTraffic>());
        var waiting = host.Harness.Published.Select<DeploymentWaitingForWindow>().Single().Context.Message;
        Assert.Equal(("change freeze: quarter close", reopens), (waiting.Reason, waiting.ReopensAt));
    }

    [Fact]
    public async Task Should_check_again_when_the_recheck_is_due_and_go_on()
    {
        await using var host = await SagaTestHost.Start(s => s.WindowOpen = false);
        host.Script.WindowReopensAt = host.Time.GetUtcNow().AddHours(6);
        var id = await host.Deploy();
        var saga = await host.InState(id, m => m.AwaitingWindow);
        host.Script.WindowOpen = true;

        await host.Harness.Bus.Publish(new WindowRecheckDue { DeploymentId = id, TokenId = saga.WindowRecheckTokenId!.Value });

        await host.InState(id, m => m.Succeeded);
        Assert.Equal(2, host.Script.Sent<CheckComplianceWindow>().Count(c => c.StepIndex is null));
        Assert.Single((await host.History(id)).OfType<WindowRecheckStarted>());
    }

    [Fact]
    public async Task Should_ignore_a_stale_recheck()
    {
        await using var host = await SagaTestHost.Start(s => s.WindowOpen = false);
        var id = await host.Deploy();
        await host.InState(id, m => m.AwaitingWindow);

        await host.Harness.Bus.Publish(new WindowRecheckDue { DeploymentId = id, TokenId = NewId.NextGuid() });
        Assert.True(await host.Harness.Consumed.Any<WindowRecheckDue>());

        await host.InState(id, m => m.AwaitingWindow);
        Assert.Single(host.Script.Sent<CheckComplianceWindow>());
    }
}
