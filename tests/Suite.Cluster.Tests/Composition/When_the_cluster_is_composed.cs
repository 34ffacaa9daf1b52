using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Suite.Cluster.Routing;

namespace Suite.Cluster.Tests;

public sealed class When_the_cluster_is_composed
{
    [Fact]
    public void Should_serve_the_gateway_and_the_metrics_from_one_simulated_cluster_by_default()
    {
        using var host = ClusterHost.Build(new Dictionary<string, string?>());

        var cluster = host.Services.GetRequiredService<SimulatedCluster>();
        Assert.Same(cluster, host.Services.GetRequiredService<IClusterGateway>());
        Assert.Same(cluster, host.Services.GetRequiredService<IMetricsSource>());
        Assert.Same(cluster, host.Services.GetRequiredService<ITrafficRouter>());
    }

    [Fact]
    public async Task Should_run_the_simulated_cluster_on_the_host_clock_and_its_options()
    {
        var clock = new ManualTimeProvider();
        using var host = ClusterHost.Build(
            new Dictionary<string, string?> { ["Suite:Cluster:Simulated:StartupDelay"] = "00:00:05" },
            s => s.AddSingleton<TimeProvider>(clock));
        var gateway = host.Services.GetRequiredService<IClusterGateway>();

        await gateway.ScaleVersionAsync(Apps.Shop, Apps.V2, 1, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(1, (await gateway.GetWorkloadAsync(Apps.Shop, CancellationToken.None)).Version(Apps.V2)!.Ready);
    }

    [Fact]
    public void Should_register_once_when_several_services_add_it()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());

        builder.AddSuiteCluster();
        var count = builder.Services.Count;
        builder.AddSuiteCluster();

        Assert.Equal(count, builder.Services.Count);
        Assert.Single(builder.Services, d => d.ServiceType == typeof(IClusterGateway));
    }

    [Fact]
    public void Should_use_the_kubernetes_gateway_and_the_simulator_metrics_when_configured()
    {
        using var host = ClusterHost.Build(ClusterHost.Kubernetes(new Uri("https://10.0.0.1:6443")));

        Assert.IsType<KubernetesClusterGateway>(host.Services.GetRequiredService<IClusterGateway>());
        Assert.IsType<SimulatorMetricsSource>(host.Services.GetRequiredService<IMetricsSource>());
        Assert.Equal("https://10.0.0.1:6443/", host.Services.GetRequiredService<IOptions<SimulatorMetricsOptions>>().Value.Url);
    }

    [Fact]
    public async Task Should_refuse_routing_by_weight_with_the_kubernetes_provider_saying_what_to_use_instead()
    {
        using var host = ClusterHost.Build(ClusterHost.Kubernetes(new Uri("https://10.0.0.1:6443")));
        var router = host.Services.GetRequiredService<ITrafficRouter>();

        var refused = await Assert.ThrowsAsync<TrafficRoutingUnavailableException>(() => router.SetRouteAsync(Apps.Shop, Apps.V2, 10, null, CancellationToken.None));

        Assert.Equal(
            "traffic routing by weight is not available with the Kubernetes provider yet; use the Simulated provider or a Rolling/Recreate strategy",
            refused.Message);
        await router.SetRouteAsync(Apps.Shop, Apps.V2, null, null, CancellationToken.None);
        await router.ClearRouteAsync(Apps.Shop, CancellationToken.None);
        Assert.Null(await router.GetRouteAsync(Apps.Shop, CancellationToken.None));
    }

    [Fact]
    public void Should_read_provider_names_in_any_case()
    {
        var settings = ClusterHost.Kubernetes(new Uri("https://10.0.0.1:6443"));
        settings["Suite:Cluster:Provider"] = "kubernetes";
        settings["Suite:Metrics:Provider"] = "SIMULATOR";
        using var host = ClusterHost.Build(settings);

        Assert.IsType<KubernetesClusterGateway>(host.Services.GetRequiredService<IClusterGateway>());
        Assert.IsType<SimulatorMetricsSource>(host.Services.GetRequiredService<IMetricsSource>());
    }
}
