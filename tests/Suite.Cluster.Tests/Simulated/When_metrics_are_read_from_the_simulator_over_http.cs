using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Suite.Contracts.Traffic;

namespace Suite.Cluster.Tests;

public sealed class When_metrics_are_read_from_the_simulator_over_http : IAsyncLifetime
{
    private readonly ManualTimeProvider _clock = new();
    private readonly SimulatedCluster _cluster;
    private SimulatedClusterServer _server = null!;
    private IHost _host = null!;

    public When_metrics_are_read_from_the_simulator_over_http() => _cluster = new SimulatedCluster(_clock);

    public async Task InitializeAsync()
    {
        _server = await SimulatedClusterServer.StartAsync(_cluster);
        _host = ClusterHost.Build(ClusterHost.Kubernetes(_server.BaseAddress));
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Should_read_the_version_share_and_behaviour()
    {
        _cluster.Seed(Apps.Shop, Apps.V1, 3);
        _cluster.Seed(Apps.Shop, Apps.V2, 1);
        _cluster.SetTraffic(Apps.Shop, 400);
        _cluster.SetVersionBehaviour(Apps.V2, new VersionBehaviour(0.05, 300));

        var metrics = await Source().GetVersionMetricsAsync(Apps.Shop, Apps.V2, CancellationToken.None);

        Assert.Equal(
            new VersionMetrics { Image = Apps.V2, RequestsPerSecond = 100, ErrorRate = 0.05, P95LatencyMs = 300, SampledAt = _clock.GetUtcNow() },
            metrics);
    }

    [Fact]
    public async Task Should_return_null_for_a_version_without_a_ready_pod()
    {
        await _cluster.ScaleVersionAsync(Apps.Shop, Apps.V2, 1, CancellationToken.None);

        Assert.Null(await Source().GetVersionMetricsAsync(Apps.Shop, Apps.V2, CancellationToken.None));
    }

    [Fact]
    public async Task Should_fail_with_one_line_when_the_url_is_not_a_simulator()
    {
        var settings = ClusterHost.Kubernetes(_server.BaseAddress);
        settings["Suite:Metrics:Simulator:Url"] = new Uri(_server.BaseAddress, "elsewhere/").ToString();
        using var host = ClusterHost.Build(settings);

        var error = await Assert.ThrowsAsync<ClusterOperationException>(() =>
            host.Services.GetRequiredService<IMetricsSource>().GetVersionMetricsAsync(Apps.Shop, Apps.V2, CancellationToken.None));

        Assert.Equal($"simulator read metrics shop/shop {Apps.V2} failed: 404 Not Found", error.Message);
    }

    private IMetricsSource Source() => _host.Services.GetRequiredService<IMetricsSource>();
}
