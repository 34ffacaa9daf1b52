using Suite.Cluster.Routing;
using Suite.Contracts;
using Suite.Contracts.Traffic;

namespace Suite.Cluster.Tests;

public sealed class When_traffic_is_routed
{
    private static readonly HeaderRoute Beta = new() { Name = "X-Beta", Value = "on" };
    private readonly ManualTimeProvider _clock = new();
    private readonly SimulatedCluster _cluster;

    public When_traffic_is_routed()
    {
        _cluster = new SimulatedCluster(_clock);
        _cluster.Seed(Apps.Shop, Apps.V1, 10);
        _cluster.Seed(Apps.Shop, Apps.V2, 1);
        _cluster.SetTraffic(Apps.Shop, 200);
    }

    [Fact]
    public async Task Should_show_a_bad_canary_at_10_percent_its_own_errors_on_a_tenth_of_the_requests()
    {
        _cluster.SetVersionBehaviour(Apps.V2, new VersionBehaviour(0.05, 300));

        await Route(10);

        var canary = (await Metrics(Apps.V2))!;
        Assert.Equal((20.0, 0.05, 300.0), (canary.RequestsPerSecond, canary.ErrorRate, canary.P95LatencyMs));
        Assert.Equal(180, (await Metrics(Apps.V1))!.RequestsPerSecond, 9);
    }

    [Fact]
    public async Task Should_send_only_requests_with_the_header_to_the_new_version()
    {
        await Route(null, Beta);

        Assert.Equal(20, (await Metrics(Apps.V2))!.RequestsPerSecond, 9);
        Assert.Equal(180, (await Metrics(Apps.V1))!.RequestsPerSecond, 9);
    }

    [Fact]
    public async Task Should_send_the_header_and_the_weight_of_the_rest_to_the_new_version()
    {
        await Route(50, Beta);

        Assert.Equal(110, (await Metrics(Apps.V2))!.RequestsPerSecond, 9);
        Assert.Equal(90, (await Metrics(Apps.V1))!.RequestsPerSecond, 9);
    }

    [Fact]
    public async Task Should_share_the_rest_among_the_other_versions_by_ready_pods()
    {
        _cluster.Seed(Apps.Shop, "registry.example/shop:v0", 5);

        await Route(20);

        Assert.Equal(40, (await Metrics(Apps.V2))!.RequestsPerSecond, 9);
        Assert.Equal(160.0 * 10 / 15, (await Metrics(Apps.V1))!.RequestsPerSecond, 9);
        Assert.Equal(160.0 * 5 / 15, (await Metrics("registry.example/shop:v0"))!.RequestsPerSecond, 9);
    }

    [Fact]
    public async Task Should_give_a_version_pinned_at_0_percent_only_smoke_test_requests()
    {
        await Route(0);

        Assert.Equal(5, (await Metrics(Apps.V2))!.RequestsPerSecond, 9);
        Assert.Equal(200, (await Metrics(Apps.V1))!.RequestsPerSecond, 9);
    }

    [Fact]
    public async Task Should_give_a_pinned_version_nothing_without_smoke_tests()
    {
        var cluster = new SimulatedCluster(_clock, new SimulatedClusterOptions { PreviewRequestsPerSecond = 0 });
        cluster.Seed(Apps.Shop, Apps.V1, 2);
        cluster.Seed(Apps.Shop, Apps.V2, 2);

        await cluster.SetRouteAsync(Apps.Shop, Apps.V2, 0, null, CancellationToken.None);

        Assert.Null(await cluster.GetVersionMetricsAsync(Apps.Shop, Apps.V2, CancellationToken.None));
    }

    [Fact]
    public async Task Should_serve_nothing_from_the_old_version_at_100_percent()
    {
        await Route(100);

        Assert.Null(await Metrics(Apps.V1));
        Assert.Equal(200, (await Metrics(Apps.V2))!.RequestsPerSecond, 9);
    }

    [Fact]
    public async Task Should_leave_the_share_of_a_version_without_ready_pods_to_the_others()
    {
        await _cluster.ScaleVersionAsync(Apps.Shop, "registry.example/shop:v3", 2, CancellationToken.None);

        await _cluster.SetRouteAsync(Apps.Shop, "registry.example/shop:v3", 50, null, CancellationToken.None);

        Assert.Equal(200, (await Metrics(Apps.V1))!.RequestsPerSecond + (await Metrics(Apps.V2))!.RequestsPerSecond, 9);
    }

    [Fact]
    public async Task Should_follow_ready_pods_again_once_the_route_is_cleared()
    {
        await Route(90);

        await _cluster.ClearRouteAsync(Apps.Shop, CancellationToken.None);

        Assert.Null(await _cluster.GetRouteAsync(Apps.Shop, CancellationToken.None));
        Assert.Equal(200.0 / 11, (await Metrics(Apps.V2))!.RequestsPerSecond, 9);
    }

    [Fact]
    public async Task Should_keep_one_route_per_application()
    {
        await Route(10);
        await Route(25, Beta);

        Assert.Equal(new TrafficRoute(Apps.V2, 25, Beta), await _cluster.GetRouteAsync(Apps.Shop, CancellationToken.None));
        Assert.Null(await _cluster.GetRouteAsync(new WorkloadRef("shop", "cart"), CancellationToken.None));
    }

    [Fact]
    public async Task Should_refuse_a_weight_that_is_not_a_percentage()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Route(101));
        await Assert.ThrowsAsync<ArgumentException>(() => Route(null, new HeaderRoute { Name = "X-Beta" }));
    }

    private Task Route(int? weight, HeaderRoute? header = null) => _cluster.SetRouteAsync(Apps.Shop, Apps.V2, weight, header, CancellationToken.None);

    private Task<VersionMetrics?> Metrics(string image) => _cluster.GetVersionMetricsAsync(Apps.Shop, image, CancellationToken.None);
}
