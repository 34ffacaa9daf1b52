using Suite.Contracts;
using Suite.Contracts.Traffic;
using Suite.Services.Tests.Support;

namespace Suite.Services.Tests.TrafficAnalysis;

public class When_there_is_nothing_to_measure
{
    [Fact]
    public async Task Should_answer_no_version_and_no_baseline_for_a_new_application()
    {
        await using var host = await TrafficAnalysisHost.StartAsync();

        var analyzed = Assert.IsType<TrafficAnalyzed>(await host.SendAsync(ServiceQueues.TrafficAnalysis, TrafficAnalysisHost.Analyze()));

        Assert.Null(analyzed.CurrentImage);
        Assert.Null(analyzed.Baseline);
    }

    [Fact]
    public async Task Should_answer_no_baseline_when_the_version_serves_no_traffic()
    {
        await using var host = await TrafficAnalysisHost.StartAsync();
        host.Cluster.Seed(TrafficAnalysisHost.Shop, "shop:v1", 2);
        host.Cluster.SetTraffic(TrafficAnalysisHost.Shop, 0);

        var analyzed = Assert.IsType<TrafficAnalyzed>(await host.SendAsync(ServiceQueues.TrafficAnalysis, TrafficAnalysisHost.Analyze()));

        Assert.Equal("shop:v1", analyzed.CurrentImage);
        Assert.Null(analyzed.Baseline);
    }

    [Fact]
    public async Task Should_fail_the_analysis_when_the_cluster_cannot_be_reached()
    {
        await using var host = await TrafficAnalysisHost.StartAsync(unreachable: new());

        var failed = Assert.IsType<TrafficAnalysisFailed>(await host.SendAsync(ServiceQueues.TrafficAnalysis, TrafficAnalysisHost.Analyze()));

        Assert.Equal(TrafficAnalysisHost.DeploymentId, failed.DeploymentId);
        Assert.Equal($"Kubernetes list deployments shop/shop failed: {UnreachableCluster.Detail}", failed.Reason);
    }
}
