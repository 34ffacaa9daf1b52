using Suite.Contracts;
using Suite.Contracts.Traffic;

namespace Suite.Services.Tests.TrafficAnalysis;

public class When_the_traffic_is_analyzed
{
    [Fact]
    public async Task Should_take_the_serving_version_s_traffic_as_the_baseline()
    {
        await using var host = await TrafficAnalysisHost.StartAsync();
        host.Cluster.Seed(TrafficAnalysisHost.Shop, "shop:v1", 3);
        host.Cluster.SetTraffic(TrafficAnalysisHost.Shop, 90);

        var reply = await host.SendAsync(ServiceQueues.TrafficAnalysis, TrafficAnalysisHost.Analyze());

        var analyzed = Assert.IsType<TrafficAnalyzed>(reply);
        Assert.Equal(TrafficAnalysisHost.DeploymentId, analyzed.DeploymentId);
        Assert.Equal("shop:v1", analyzed.CurrentImage);
        Assert.NotNull(analyzed.Baseline);
        Assert.Equal("shop:v1", analyzed.Baseline.Image);
        Assert.Equal(90, analyzed.Baseline.RequestsPerSecond, 9);
        Assert.Equal(0.002, analyzed.Baseline.ErrorRate, 9);
        Assert.Equal(120, analyzed.Baseline.P95LatencyMs);
    }

    [Fact]
    public async Task Should_prefer_the_version_with_the_most_ready_pods()
    {
        await using var host = await TrafficAnalysisHost.StartAsync();
        host.Cluster.Seed(TrafficAnalysisHost.Shop, "shop:v1", 3);
        host.Cluster.Seed(TrafficAnalysisHost.Shop, "shop:v0", 1);
        host.Cluster.SetTraffic(TrafficAnalysisHost.Shop, 100);

        var analyzed = Assert.IsType<TrafficAnalyzed>(await host.SendAsync(ServiceQueues.TrafficAnalysis, TrafficAnalysisHost.Analyze()));

        Assert.Equal("shop:v1", analyzed.CurrentImage);
        Assert.Equal(75, analyzed.Baseline!.RequestsPerSecond, 9);
    }

    [Fact]
    public async Task Should_take_as_many_samples_as_configured()
    {
        await using var host = await TrafficAnalysisHost.StartAsync(new Dictionary<string, string?>
        {
            ["Suite:TrafficAnalysis:Samples"] = "5",
            ["Suite:TrafficAnalysis:SampleInterval"] = "00:00:02",
        });
        host.Cluster.Seed(TrafficAnalysisHost.Shop, "shop:v1", 2);
        var started = host.Clock.GetUtcNow();
        var waits = 0;

        var reply = await host.SendAsync(ServiceQueues.TrafficAnalysis, TrafficAnalysisHost.Analyze(), n => waits = n, TimeSpan.FromSeconds(2));

        Assert.Equal(4, waits);
        Assert.Equal(started.AddSeconds(8), Assert.IsType<TrafficAnalyzed>(reply).Baseline!.SampledAt);
    }
}
