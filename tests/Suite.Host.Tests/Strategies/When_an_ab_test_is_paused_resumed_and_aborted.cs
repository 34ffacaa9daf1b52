using Suite.Cluster;

namespace Suite.Host.Tests.Strategies;

public sealed class When_an_ab_test_is_paused_resumed_and_aborted
{
    [Fact]
    public async Task Should_hold_the_experiment_while_paused_and_send_everyone_back_to_the_stable_version_on_abort()
    {
        await using var suite = await EmbeddedSuiteHost.Start();
        var shop = new WorkloadRef("retail", "shop");
        suite.Cluster.Seed(shop, "shop:1", 4);
        var since = suite.Time.GetUtcNow();
        var request = StrategyRequests.ABTest("shop", "shop:2") with { ExperimentDuration = "10m" };

        await suite.Bus.Publish(request);
        await suite.WaitFor(request.DeploymentId, r => r.State == "Observing" && suite.Route("shop")?.HeaderRoute is not null, "the experiment");
        var withHeader = 200 * suite.Cluster.Options.HeaderRequestFraction;
        Assert.Equal((withHeader, 200 - withHeader), (suite.Traffic("shop", "shop:2"), suite.Traffic("shop", "shop:1")), new ApproximateTraffic());

        await suite.Pause(request.DeploymentId);
        var paused = await suite.WaitFor(request.DeploymentId, r => r.State == "Paused", "the pause");
        Assert.Equal("looking", paused.PauseReason);
        Assert.Equal(withHeader, suite.Traffic("shop", "shop:2"), 6);

        await suite.Resume(request.DeploymentId);
        await suite.WaitFor(request.DeploymentId, r => r.State == "Observing", "the experiment going on");
        Assert.Equal(withHeader, suite.Traffic("shop", "shop:2"), 6);

        await suite.Abort(request.DeploymentId);
        var report = await suite.WaitFor(request.DeploymentId, r => r.IsTerminal, "the rollback");

        Assert.Equal("RolledBack", report.State);
        Assert.Null(suite.Route("shop"));
        Assert.Equal((200.0, 0.0), (suite.Traffic("shop", "shop:1"), suite.Traffic("shop", "shop:2")));
        await EmbeddedSuiteHost.Eventually(() => (suite.Version("shop", "shop:2")?.Running ?? 0) == 0, "the new version was not scaled away");
        Assert.Equal(4, suite.Cluster.AvailabilityReport(shop, since).MinReady);
        var history = (await suite.History(request.DeploymentId)).Entries.Select(e => e.Type).ToList();
        Assert.True(history.IndexOf("Paused") < history.IndexOf("Resumed") && history.IndexOf("Resumed") < history.IndexOf("AbortRequested"), string.Join(", ", history));
    }
}
