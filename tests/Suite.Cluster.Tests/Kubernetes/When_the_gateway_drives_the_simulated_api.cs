using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Suite.Cluster.Tests;

/// <summary>The Kubernetes adapter against the simulated API server on loopback, on the real clock.</summary>
public sealed class When_the_gateway_drives_the_simulated_api : IAsyncLifetime
{
    private readonly SimulatedCluster _cluster = new(TimeProvider.System, new SimulatedClusterOptions
    {
        StartupDelay = TimeSpan.FromMilliseconds(200),
        TerminationGrace = TimeSpan.FromMinutes(5),
    });

    private SimulatedClusterServer _server = null!;
    private IHost _host = null!;
    private IClusterGateway _gateway = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _server = await SimulatedClusterServer.StartAsync(_cluster);
        _host = ClusterHost.Build(ClusterHost.Kubernetes(_server.BaseAddress));
        _gateway = _host.Services.GetRequiredService<IClusterGateway>();
        _http = new HttpClient { BaseAddress = _server.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        _host.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Should_create_a_deployment_named_after_the_application_and_the_image()
    {
        await _gateway.ScaleVersionAsync(Apps.Shop, Apps.V2, 2, CancellationToken.None);

        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Apps.V2)))[..10].ToLowerInvariant();
        var deployment = await GetJsonAsync($"apis/apps/v1/namespaces/shop/deployments/shop-{hash}");
        var labels = deployment["metadata"]!["labels"]!;
        Assert.Equal(("shop", "suite", hash), ((string?)labels["app.kubernetes.io/name"], (string?)labels["app.kubernetes.io/managed-by"], (string?)labels["suite.dev/version"]));
        Assert.Equal(Apps.V2, (string?)deployment["metadata"]!["annotations"]!["suite.dev/image"]);
        Assert.Equal(2, (int)deployment["spec"]!["replicas"]!);
        Assert.Equal("""{"app.kubernetes.io/name":"shop","suite.dev/version":"HASH"}""".Replace("HASH", hash, StringComparison.Ordinal), deployment["spec"]!["selector"]!["matchLabels"]!.ToJsonString());
        var container = deployment["spec"]!["template"]!["spec"]!["containers"]!.AsArray().Single()!;
        Assert.Equal(("app", Apps.V2), ((string?)container["name"], (string?)container["image"]));
    }

    [Fact]
    public async Task Should_remove_the_named_pods_first_by_giving_them_the_lowest_deletion_cost()
    {
        _cluster.Seed(Apps.Shop, Apps.V1, 4);
        var pods = _cluster.Pods(Apps.Shop).Select(p => p.Name).ToList();

        await _gateway.ScaleVersionAsync(Apps.Shop, Apps.V1, 2, [pods[1], "shop-gone", pods[0]], CancellationToken.None);

        var left = _cluster.Pods(Apps.Shop);
        Assert.Equal([pods[0], pods[1]], left.Where(p => p.Phase == PodPhase.Terminating).Select(p => p.Name).Order());
        var listed = (await GetJsonAsync("api/v1/namespaces/shop/pods"))["items"]!.AsArray()
            .ToDictionary(p => (string)p!["metadata"]!["name"]!, p => (string?)p!["metadata"]!["annotations"]?["controller.kubernetes.io/pod-deletion-cost"]);
        Assert.Equal(("-3", "-1", null), (listed[pods[1]], listed[pods[0]], listed[pods[2]]));
    }

    [Fact]
    public async Task Should_see_starting_pods_become_ready()
    {
        await _gateway.ScaleVersionAsync(Apps.Shop, Apps.V2, 2, CancellationToken.None);

        var first = (await _gateway.GetWorkloadAsync(Apps.Shop, CancellationToken.None)).Version(Apps.V2)!;
        Assert.Equal((2, 2, 0), (first.Desired, first.Running, first.Terminating));

        var ready = await Eventually.MatchesAsync(
            async () => (await _gateway.GetWorkloadAsync(Apps.Shop, CancellationToken.None)).Version(Apps.V2),
            v => v?.Ready == 2);
        Assert.Equal(new VersionStatus(Apps.V2, 2, Ready: 2, Starting: 0, Terminating: 0), ready.Counts());
    }

    [Fact]
    public async Task Should_scale_an_existing_version_with_a_merge_patch()
    {
        _cluster.Seed(Apps.Shop, Apps.V1, 3);

        await _gateway.ScaleVersionAsync(Apps.Shop, Apps.V1, 1, CancellationToken.None);

        var status = await _gateway.GetWorkloadAsync(Apps.Shop, CancellationToken.None);
        Assert.Equal(new VersionStatus(Apps.V1, 1, Ready: 1, Starting: 0, Terminating: 2), Assert.Single(status.Versions).Counts());
        var deployment = await GetJsonAsync($"apis/apps/v1/namespaces/shop/deployments/{KubernetesNaming.DeploymentName("shop", Apps.V1)}");
        Assert.Equal(2, (long)deployment["metadata"]!["generation"]!);
    }

    [Fact]
    public async Task Should_change_nothing_when_the_count_is_asked_again()
    {
        await _gateway.ScaleVersionAsync(Apps.Shop, Apps.V2, 2, CancellationToken.None);
        var before = _cluster.Pods(Apps.Shop);

        await _gateway.ScaleVersionAsync(Apps.Shop, Apps.V2, 2, CancellationToken.None);

        Assert.Equal(before.Select(p => p.Name), _cluster.Pods(Apps.Shop).Select(p => p.Name));
    }

    [Fact]
    public async Task Should_list_the_versions_of_its_application_only()
    {
        _cluster.Seed(Apps.Shop, Apps.V1, 2);
        _cluster.Seed(new WorkloadRef("shop", "cart"), "registry.example/cart:v1", 1);
        _cluster.Seed(new WorkloadRef("staging", "shop"), Apps.V1, 1);
        await _gateway.ScaleVersionAsync(Apps.Shop, Apps.V2, 1, CancellationToken.None);

        var status = await _gateway.GetWorkloadAsync(Apps.Shop, CancellationToken.None);

        // Creation times have a resolution of one second, so versions created within it come in name order.
        Assert.Equal([Apps.V1, Apps.V2], status.Versions.Select(v => v.Image).Order());
        Assert.Equal(2, status.Version(Apps.V1)!.Ready);
    }

    [Fact]
    public async Task Should_find_no_versions_of_an_unknown_application()
    {
        var status = await _gateway.GetWorkloadAsync(new WorkloadRef("shop", "nothing"), CancellationToken.None);

        Assert.Empty(status.Versions);
    }

    private async Task<JsonNode> GetJsonAsync(string path) => JsonNode.Parse(await _http.GetStringAsync(path))!;
}
