namespace Suite.Cluster.Tests;

public sealed class When_pods_behave_differently
{
    private readonly ManualTimeProvider _clock = new();
    private readonly SimulatedCluster _cluster;
    private readonly IReadOnlyList<SimulatedPod> _pods;

    public When_pods_behave_differently()
    {
        _cluster = new SimulatedCluster(_clock);
        _cluster.Seed(Apps.Shop, Apps.V1, 4);
        _cluster.SetTraffic(Apps.Shop, 200);
        _pods = _cluster.Pods(Apps.Shop);
        _cluster.SetPodBehaviour(_pods[1].Name, new PodBehaviour(0.082, 900));
    }

    [Fact]
    public async Task Should_report_each_pod_with_its_share_and_its_own_behaviour()
    {
        var pods = await _cluster.GetPodMetricsAsync(Apps.Shop, Apps.V1, CancellationToken.None);

        Assert.Equal(_pods.Select(p => p.Name), pods.Select(p => p.Name));
        Assert.All(pods, p => Assert.Equal(50, p.RequestsPerSecond, 9));
        Assert.Equal([0.002, 0.082, 0.002, 0.002], pods.Select(p => p.ErrorRate));
        Assert.Equal([120.0, 900, 120, 120], pods.Select(p => p.P95LatencyMs));
    }

    [Fact]
    public async Task Should_mix_the_pods_into_the_version_metrics()
    {
        var version = (await _cluster.GetVersionMetricsAsync(Apps.Shop, Apps.V1, CancellationToken.None))!;

        Assert.Equal(0.022, version.ErrorRate, 9);
        Assert.Equal(900, version.P95LatencyMs);
    }

    [Fact]
    public async Task Should_scale_down_the_named_pods_first()
    {
        IClusterGateway gateway = _cluster;

        await gateway.ScaleVersionAsync(Apps.Shop, Apps.V1, 3, [_pods[1].Name], CancellationToken.None);

        var terminating = Assert.Single(_cluster.Pods(Apps.Shop), p => p.Phase == PodPhase.Terminating);
        Assert.Equal(_pods[1].Name, terminating.Name);
    }

    [Fact]
    public async Task Should_report_no_pod_of_a_version_without_traffic()
    {
        Assert.Empty(await _cluster.GetPodMetricsAsync(Apps.Shop, Apps.V2, CancellationToken.None));
    }

    [Fact]
    public void Should_refuse_an_impossible_behaviour()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _cluster.SetPodBehaviour(_pods[0].Name, new PodBehaviour(1.5, 100)));
    }
}
