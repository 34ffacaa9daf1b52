using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Suite.Cluster.Tests;

/// <summary>The rollback marks through the Kubernetes adapter and the simulated API server, as the API server documents PATCH.</summary>
public sealed class When_a_rollback_is_fenced_through_the_api : IAsyncLifetime
{
    private static readonly Guid RolledBack = Guid.Parse("7a4a4f0e-9f0c-4b8e-8d1b-3c7e5b9d2a01");
    private static readonly Guid Another = Guid.Parse("7a4a4f0e-9f0c-4b8e-8d1b-3c7e5b9d2a02");

    private readonly SimulatedCluster _cluster = new(TimeProvider.System);
    private readonly string _v1 = KubernetesNaming.DeploymentName("shop", Apps.V1);
    private SimulatedClusterServer _server = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _server = await SimulatedClusterServer.StartAsync(_cluster);
        _http = new HttpClient { BaseAddress = _server.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Should_annotate_the_deployment_and_refuse_that_deployments_scale_only()
    {
        _cluster.Seed(Apps.Shop, Apps.V1, 4);
        using var host = Build();
        var gateway = host.Services.GetRequiredService<IClusterGateway>();

        await gateway.MarkRolledBackAsync(Apps.Shop, Apps.V1, RolledBack, CancellationToken.None);

        var deployment = await GetJsonAsync($"apis/apps/v1/namespaces/shop/deployments/{_v1}");
        Assert.Equal(RolledBack.ToString(), (string?)deployment["metadata"]!["annotations"]!["suite.dev/rolled-back"]);
        Assert.False(await gateway.ScaleVersionUnlessRolledBackAsync(Apps.Shop, Apps.V1, 1, null, RolledBack, CancellationToken.None));
        var version = (await gateway.GetWorkloadAsync(Apps.Shop, CancellationToken.None)).Version(Apps.V1)!;
        Assert.Equal((4, 4), (version.Desired, version.Ready));
        Assert.Equal([RolledBack], version.RolledBack);
        Assert.NotNull(version.LastReadyAt);
        Assert.True(await gateway.ScaleVersionUnlessRolledBackAsync(Apps.Shop, Apps.V1, 2, null, Another, CancellationToken.None));
        Assert.Equal(2, (await gateway.GetWorkloadAsync(Apps.Shop, CancellationToken.None)).Version(Apps.V1)!.Desired);
    }

    [Fact]
    public async Task Should_create_a_marked_deployment_with_no_pods_for_a_version_that_has_none()
    {
        using var host = Build();
        var gateway = host.Services.GetRequiredService<IClusterGateway>();

        await gateway.MarkRolledBackAsync(Apps.Shop, Apps.V2, RolledBack, CancellationToken.None);

        Assert.False(await gateway.ScaleVersionUnlessRolledBackAsync(Apps.Shop, Apps.V2, 3, null, RolledBack, CancellationToken.None));
        Assert.Empty(_cluster.Pods(Apps.Shop));
        Assert.Equal([RolledBack], (await gateway.GetWorkloadAsync(Apps.Shop, CancellationToken.None)).Version(Apps.V2)!.RolledBack);
    }

    [Fact]
    public async Task Should_read_again_and_refuse_when_the_mark_lands_between_its_read_and_its_patch()
    {
        _cluster.Seed(Apps.Shop, Apps.V1, 4);
        var rollback = new RollbackBetweenReadAndPatch(_cluster);
        using var host = Build(s => s.AddHttpClient(KubernetesClusterGateway.HttpClientName).AddHttpMessageHandler(() => rollback));

        var scaled = await host.Services.GetRequiredService<IClusterGateway>()
            .ScaleVersionUnlessRolledBackAsync(Apps.Shop, Apps.V1, 1, null, RolledBack, CancellationToken.None);

        Assert.False(scaled);
        Assert.Equal([HttpStatusCode.Conflict], rollback.PatchAnswers);
        Assert.Equal(4, (await _cluster.GetWorkloadAsync(Apps.Shop, CancellationToken.None)).Version(Apps.V1)!.Desired);
    }

    [Fact]
    public async Task Should_answer_409_to_a_patch_that_names_an_old_resource_version()
    {
        _cluster.Seed(Apps.Shop, Apps.V1, 4);
        var read = await GetJsonAsync($"apis/apps/v1/namespaces/shop/deployments/{_v1}");
        var version = (string)read["metadata"]!["resourceVersion"]!;
        await _cluster.ScaleVersionAsync(Apps.Shop, Apps.V1, 3, CancellationToken.None);

        using var response = await PatchAsync(_v1, """{"metadata":{"resourceVersion":"VERSION"},"spec":{"replicas":1}}""".Replace("VERSION", version, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var status = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(("Conflict", 409), ((string?)status["reason"], (int?)status["code"]));
        Assert.Equal(3, (await _cluster.GetWorkloadAsync(Apps.Shop, CancellationToken.None)).Version(Apps.V1)!.Desired);
    }

    [Fact]
    public async Task Should_merge_annotations_and_remove_one_patched_to_null()
    {
        _cluster.Seed(Apps.Shop, Apps.V1, 1);

        using var added = await PatchAsync(_v1, """{"metadata":{"annotations":{"team":"checkout","suite.dev/rolled-back":"x"}}}""");
        using var removed = await PatchAsync(_v1, """{"metadata":{"annotations":{"suite.dev/rolled-back":null}}}""");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (added.StatusCode, removed.StatusCode));
        var annotations = (await GetJsonAsync($"apis/apps/v1/namespaces/shop/deployments/{_v1}"))["metadata"]!["annotations"]!.AsObject();
        Assert.Equal(["suite.dev/image", "team"], annotations.Select(a => a.Key).Order());
    }

    private IHost Build(Action<IServiceCollection>? configure = null) => ClusterHost.Build(ClusterHost.Kubernetes(_server.BaseAddress), configure);

    private async Task<HttpResponseMessage> PatchAsync(string name, string body) =>
        await _http.PatchAsync(
            $"apis/apps/v1/namespaces/shop/deployments/{name}",
            new StringContent(body, System.Text.Encoding.UTF8, "application/merge-patch+json"));

    private async Task<JsonNode> GetJsonAsync(string path) => JsonNode.Parse(await _http.GetStringAsync(path))!;

    /// <summary>Marks the version as a rollback running elsewhere would, just before the gateway's first patch reaches the server.</summary>
    private sealed class RollbackBetweenReadAndPatch(SimulatedCluster cluster) : DelegatingHandler
    {
        public List<HttpStatusCode> PatchAnswers { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method == HttpMethod.Patch && PatchAnswers.Count == 0)
            {
                await cluster.MarkRolledBackAsync(Apps.Shop, Apps.V1, RolledBack, cancellationToken);
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (request.Method == HttpMethod.Patch)
            {
                PatchAnswers.Add(response.StatusCode);
            }

            return response;
        }
    }
}
