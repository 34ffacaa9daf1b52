using Suite.Cluster.Simulated;
using Suite.Contracts;
using Suite.Contracts.Traffic;

namespace Suite.Services.Tests.TrafficAnalysis;

public class When_a_sample_is_a_blip
{
    [Fact]
    public async Task Should_average_it_with_the_other_samples()
    {
        await using var host = await TrafficAnalysisHost.StartAsync();
        host.Cluster.Seed(TrafficAnalysisHost.Shop, "shop:v1", 2);
        var normal = new VersionBehaviour(0.002, 120);
        var blip = new VersionBehaviour(0.2, 600);

        // Samples are taken at once and after each wait: the second one sees the blip.
        var reply = await host.SendAsync(
            ServiceQueues.TrafficAnalysis,
            TrafficAnalysisHost.Analyze(),
            wait => host.Cluster.SetVersionBehaviour("shop:v1", wait == 1 ? blip : normal));

        var baseline = Assert.IsType<TrafficAnalyzed>(reply).Baseline!;
        Assert.Equal((0.002 + 0.2 + 0.002) / 3, baseline.ErrorRate, 9);
        Assert.Equal(600, baseline.P95LatencyMs);
        Assert.Equal(200, baseline.RequestsPerSecond, 9);
    }
}
