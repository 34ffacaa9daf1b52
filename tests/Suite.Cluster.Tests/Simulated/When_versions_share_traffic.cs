namespace Suite.Cluster.Tests;

public sealed class When_versions_share_traffic
{
    private readonly ManualTimeProvider _clock = new();
    private readonly SimulatedCluster _cluster;

    public When_versions_share_traffic()
    {
        _cluster = new SimulatedCluster(_clock);
        _cluster.Seed(Apps.Shop, Apps.V1, 2);
    }

    [Fact]
    public async Task Should_split_requests_by_ready_pods()
    {
        _cluster.SetTraffic(Apps.Shop, 300);
        await _cluster.ScaleVersionAsync(Apps.Shop, Apps.V2, 1, CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal(200, (await Metrics(Apps.V1))!.RequestsPerSecond, 9);
        Assert.Equal(100, (await Metrics(Apps.V2))!.RequestsPerSecond, 9);
    }

    [Fact]
    public async Task Should_send_nothing_to_starting_pods()
    {
        _cluster.SetTraffic(Apps.Shop, 300);
        await _cluster.ScaleVersionAsync(Apps.Shop, Apps.V2, 1, CancellationToken.None);

        Assert.Equal(300, (await Metrics(Apps.V1))!.RequestsPerSecond, 9);
        Assert.Null(await Metrics(Apps.V2));
    }

    [Fact]
    public async Task Should_send_nothing_to_terminating_pods()
    {
        await _cluster.ScaleVersionAsync(Apps.Shop, Apps.V1, 0, CancellationToken.None);

        Assert.Null(await Metrics(Apps.V1));
    }

    [Fact]
    public async Task Should_report_each_version_behaviour()
    {
        _cluster.SetVersionBehaviour(Apps.V2, new VersionBehaviour(0.05, 250));
        await _cluster.ScaleVersionAsync(Apps.Shop, Apps.V2, 2, CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(2));

        var v1 = (await Metrics(Apps.V1))!;
        var v2 = (await Metrics(Apps.V2))!;

        Assert.Equal((Apps.V1, 0.002, 120.0), (v1.Image, v1.ErrorRate, v1.P95LatencyMs));
        Assert.Equal((Apps.V2, 0.05, 250.0), (v2.Image, v2.ErrorRate, v2.P95LatencyMs));
        Assert.Equal(_clock.GetUtcNow(), v2.SampledAt);
    }

    [Fact]
    public async Task Should_use_the_default_requests_per_second_of_an_application()
    {
        Assert.Equal(200, (await Metrics(Apps.V1))!.RequestsPerSecond, 9);
    }

    [Fact]
    public async Task Should_return_no_metrics_for_an_unknown_version_or_application()
    {
        Assert.Null(await Metrics("registry.example/shop:unknown"));
        Assert.Null(await _cluster.GetVersionMetricsAsync(new WorkloadRef("shop", "cart"), Apps.V1, CancellationToken.None));
    }

    private Task<Contracts.Traffic.VersionMetrics?> Metrics(string image) =>
        _cluster.GetVersionMetricsAsync(Apps.Shop, image, CancellationToken.None);
}
