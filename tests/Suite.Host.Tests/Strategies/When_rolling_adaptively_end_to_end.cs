using Suite.Cluster;
using Suite.Cluster.Simulated;

namespace Suite.Host.Tests.Strategies;

public sealed class When_rolling_adaptively_end_to_end
{
    [Fact]
    public async Task Should_take_the_worst_pods_out_first()
    {
        await using var suite = await EmbeddedSuiteHost.Start();
        var shop = new WorkloadRef("retail", "shop");
        suite.Cluster.Seed(shop, "shop:1", 4);
        var pods = suite.Cluster.Pods(shop).Select(p => p.Name).ToList();
        suite.Cluster.SetPodBehaviour(pods[2], new PodBehaviour(0.03, 300));
        suite.Cluster.SetPodBehaviour(pods[0], new PodBehaviour(0.01, 150));
        var since = suite.Time.GetUtcNow();

        var report = await suite.DeployAndWait(EmbeddedSuiteHost.Request("shop", "shop:2", 4) with { Preset = StrategyPresets.Adaptive });

        Assert.True(report.State == "Succeeded", $"{report.State}: {report.LastError}");
        var removed = suite.Cluster.Removals(shop).Where(p => p.Image == "shop:1").ToList();
        var firstBatch = removed.Where(p => p.At == removed[0].At).Select(p => p.Name).Order();
        Assert.Equal(new[] { pods[0], pods[2] }.Order(), firstBatch);
        Assert.Equal(4, removed.Count);
        Assert.Equal(200, suite.Traffic("shop", "shop:2"), 6);
        Assert.True(suite.Cluster.AvailabilityReport(shop, since).MinReady >= 3, "maxUnavailable 25% of 4 allows 3");
    }
}
