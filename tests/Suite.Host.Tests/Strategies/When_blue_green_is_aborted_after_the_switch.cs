using Suite.Cluster;
using Suite.Contracts.Rollout;

namespace Suite.Host.Tests.Strategies;

public sealed class When_blue_green_is_aborted_after_the_switch
{
    [Fact]
    public async Task Should_switch_all_traffic_back_to_blue_at_once_with_blue_at_full_strength_throughout()
    {
        await using var suite = await EmbeddedSuiteHost.Start();
        var shop = new WorkloadRef("retail", "shop");
        suite.Cluster.Seed(shop, "shop:1", 4);
        var since = suite.Time.GetUtcNow();
        var request = StrategyRequests.BlueGreen("shop", "shop:2") with { BlueGreen = new BlueGreenOptions { PostPromotionWindow = "10m", ScaleDownDelay = "5s" } };

        await suite.Bus.Publish(request);
        await suite.WaitFor(request.DeploymentId, r => r.State == "Stabilizing" && suite.Route("shop")?.WeightPercent == 100, "the post-promotion window");

        Assert.Equal((200.0, 0.0), (suite.Traffic("shop", "shop:2"), suite.Traffic("shop", "shop:1")));
        Assert.Equal((4, 4), (suite.Version("shop", "shop:1")!.Ready, suite.Version("shop", "shop:2")!.Ready));

        await suite.Abort(request.DeploymentId);
        var report = await suite.WaitFor(request.DeploymentId, r => r.IsTerminal, "the rollback");

        Assert.Equal("RolledBack", report.State);
        Assert.Equal((200.0, 0.0), (suite.Traffic("shop", "shop:1"), suite.Traffic("shop", "shop:2")));
        Assert.Null(suite.Route("shop"));
        var took = RollbackBreakdown.Of(report.RollbackDecidedAt!.Value, report.RollbackCompletedAt, report.RollbackTrafficSwitchedAt,
            report.RollbackRestoreStartedAt, report.RollbackPreviousReadyAt)!;
        Assert.Equal(TimeSpan.Zero, took.PodStartup);
        Assert.True(report.RollbackTrafficSwitchedAt <= report.RollbackCompletedAt);
        await EmbeddedSuiteHost.Eventually(() => (suite.Version("shop", "shop:2")?.Running ?? 0) == 0, "green was not scaled away");
        Assert.Equal(4, suite.Cluster.AvailabilityReport(shop, since).MinReady);
        Assert.DoesNotContain(suite.Cluster.Removals(shop), p => p.Image == "shop:1");
    }
}
