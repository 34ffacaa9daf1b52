using Suite.Cluster;

namespace Suite.Host.Tests.Strategies;

public sealed class When_blue_green_waits_for_promotion
{
    [Fact]
    public async Task Should_keep_users_on_blue_until_promoted_then_switch_them_to_green()
    {
        await using var suite = await EmbeddedSuiteHost.Start();
        var shop = new WorkloadRef("retail", "shop");
        suite.Cluster.Seed(shop, "shop:1", 4);
        var request = StrategyRequests.BlueGreen("shop", "shop:2") with
        {
            BlueGreen = new BlueGreenOptions { AutoPromote = false, PostPromotionWindow = "10s", ScaleDownDelay = "0s" },
        };

        await suite.Bus.Publish(request);
        var waiting = await suite.WaitFor(request.DeploymentId, r => r.State == "Paused", "the wait for promotion");

        Assert.Equal("waiting for promotion", waiting.PauseReason);
        Assert.Equal((4, 4), (suite.Version("shop", "shop:1")!.Ready, suite.Version("shop", "shop:2")!.Ready));
        var preview = suite.Cluster.Options.PreviewRequestsPerSecond;
        Assert.Equal((200.0, preview), (suite.Traffic("shop", "shop:1"), suite.Traffic("shop", "shop:2")));

        await suite.Promote(request.DeploymentId);
        var report = await suite.WaitFor(request.DeploymentId, r => r.IsTerminal, "the end");

        Assert.True(report.State == "Succeeded", $"{report.State}: {report.LastError}");
        await EmbeddedSuiteHost.Eventually(() => (suite.Version("shop", "shop:1")?.Running ?? 0) == 0, "blue was not retired");
        Assert.Equal((200.0, 0.0), (suite.Traffic("shop", "shop:2"), suite.Traffic("shop", "shop:1")));
        Assert.Contains((await suite.History(request.DeploymentId)).Entries, e => e.Type == "Promoted");
    }
}
