using System.Net.Http.Headers;
using System.Text;

namespace Suite.Cluster.Tests;

/// <summary>The simulated API server's answers, as the Kubernetes documentation shapes them, on a manual clock.</summary>
public sealed class When_the_simulated_api_is_called_directly : SimulatorOverHttp
{
    private const string Deployments = "apis/apps/v1/namespaces/shop/deployments";
    private readonly string _v1Name = KubernetesNaming.DeploymentName("shop", Apps.V1);

    [Fact]
    public async Task Should_answer_a_missing_deployment_with_a_not_found_status()
    {
        using var response = await Http.GetAsync($"{Deployments}/nope");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var status = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(("Status", "Failure", "NotFound", 404), ((string?)status["kind"], (string?)status["status"], (string?)status["reason"], (int)status["code"]!));
        Assert.Equal("deployments.apps \"nope\" not found", (string?)status["message"]);
    }

    [Fact]
    public async Task Should_create_a_deployment_once_and_refuse_the_second_with_already_exists()
    {
        using var created = await Http.PostAsync(Deployments, Json(NewDeployment(3)));
        using var again = await Http.PostAsync(Deployments, Json(NewDeployment(3)));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var deployment = JsonNode.Parse(await created.Content.ReadAsStringAsync())!;
        Assert.Equal(("Deployment", "apps/v1", 1L), ((string?)deployment["kind"], (string?)deployment["apiVersion"], (long)deployment["metadata"]!["generation"]!));
        Assert.Equal("2026-01-05T12:00:00Z", (string?)deployment["metadata"]!["creationTimestamp"]);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("AlreadyExists", (string?)JsonNode.Parse(await again.Content.ReadAsStringAsync())!["reason"]);
    }

    [Fact]
    public async Task Should_report_status_counts_omitting_zeros()
    {
        await Http.PostAsync(Deployments, Json(NewDeployment(3)));

        var starting = await GetJsonAsync($"{Deployments}/{_v1Name}");
        Clock.Advance(TimeSpan.FromSeconds(2));
        var ready = await GetJsonAsync($"{Deployments}/{_v1Name}");

        Assert.Equal("""{"observedGeneration":1,"replicas":3,"updatedReplicas":3}""", starting["status"]!.ToJsonString());
        Assert.Equal("""{"observedGeneration":1,"replicas":3,"updatedReplicas":3,"readyReplicas":3,"availableReplicas":3}""", ready["status"]!.ToJsonString());
    }

    [Fact]
    public async Task Should_apply_a_merge_patch_of_the_replicas()
    {
        Cluster.Seed(Apps.Shop, Apps.V1, 2);

        using var response = await PatchAsync("""{"spec":{"replicas":4}}""", "application/merge-patch+json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var deployment = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal((4, 2L), ((int)deployment["spec"]!["replicas"]!, (long)deployment["metadata"]!["generation"]!));
        Assert.Equal(4, Cluster.Pods(Apps.Shop).Count);
    }

    [Theory]
    [InlineData("application/json-patch+json")]
    [InlineData("application/strategic-merge-patch+json")]
    [InlineData("application/json")]
    public async Task Should_refuse_other_patch_types_as_unsupported_media_type(string contentType)
    {
        Cluster.Seed(Apps.Shop, Apps.V1, 2);

        using var response = await PatchAsync("""[{"op":"replace","path":"/spec/replicas","value":4}]""", contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("UnsupportedMediaType", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["reason"]);
        Assert.Equal(2, Cluster.Pods(Apps.Shop).Count);
    }

    [Fact]
    public async Task Should_refuse_a_negative_replica_count_as_invalid()
    {
        Cluster.Seed(Apps.Shop, Apps.V1, 2);

        using var response = await PatchAsync("""{"spec":{"replicas":-1}}""", "application/merge-patch+json");

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        Assert.Equal("Invalid", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["reason"]);
    }

    [Fact]
    public async Task Should_refuse_an_object_of_another_namespace_as_a_bad_request()
    {
        var body = NewDeployment(1);
        body["metadata"]!["namespace"] = "elsewhere";

        using var response = await Http.PostAsync(Deployments, Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadRequest", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["reason"]);
    }

    [Fact]
    public async Task Should_filter_deployments_and_pods_by_label_selector()
    {
        Cluster.Seed(Apps.Shop, Apps.V1, 2);
        Cluster.Seed(new WorkloadRef("shop", "cart"), "registry.example/cart:v1", 1);
        var selector = Uri.EscapeDataString("app.kubernetes.io/name=shop,app.kubernetes.io/managed-by=suite");

        var deployments = await GetJsonAsync($"{Deployments}?labelSelector={selector}");
        var pods = await GetJsonAsync($"api/v1/namespaces/shop/pods?labelSelector={selector}");

        Assert.Equal(("DeploymentList", _v1Name), ((string?)deployments["kind"], (string?)deployments["items"]!.AsArray().Single()!["metadata"]!["name"]));
        Assert.Equal(2, pods["items"]!.AsArray().Count);
        Assert.Equal(3, (await GetJsonAsync("api/v1/namespaces/shop/pods"))["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task Should_mark_terminating_pods_with_a_deletion_timestamp()
    {
        Cluster.Seed(Apps.Shop, Apps.V1, 2);
        await Cluster.ScaleVersionAsync(Apps.Shop, Apps.V1, 1, CancellationToken.None);

        var pods = (await GetJsonAsync("api/v1/namespaces/shop/pods"))["items"]!.AsArray();

        var terminating = pods.Single(p => p!["metadata"]!["deletionTimestamp"] is not null)!;
        Assert.Equal("2026-01-05T12:00:01Z", (string?)terminating["metadata"]!["deletionTimestamp"]);
        Assert.Equal("False", (string?)terminating["status"]!["conditions"]![0]!["status"]);
        var serving = pods.Single(p => p!["metadata"]!["deletionTimestamp"] is null)!;
        Assert.Equal(("Running", "Ready", "True"), ((string?)serving["status"]!["phase"], (string?)serving["status"]!["conditions"]![0]!["type"], (string?)serving["status"]!["conditions"]![0]!["status"]));
    }

    private JsonNode NewDeployment(int replicas)
    {
        var hash = KubernetesNaming.VersionHash(Apps.V1);
        return JsonNode.Parse($$"""
            {
              "apiVersion": "apps/v1", "kind": "Deployment",
              "metadata": {
                "name": "{{_v1Name}}",
                "labels": { "app.kubernetes.io/name": "shop", "app.kubernetes.io/managed-by": "suite", "suite.dev/version": "{{hash}}" }
              },
              "spec": {
                "replicas": {{replicas}},
                "selector": { "matchLabels": { "app.kubernetes.io/name": "shop", "suite.dev/version": "{{hash}}" } },
                "template": {
                  "metadata": { "labels": { "app.kubernetes.io/name": "shop", "suite.dev/version": "{{hash}}" } },
                  "spec": { "containers": [ { "name": "app", "image": "{{Apps.V1}}" } ] }
                }
              }
            }
            """)!;
    }

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    private Task<HttpResponseMessage> PatchAsync(string body, string contentType)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return Http.PatchAsync($"{Deployments}/{_v1Name}", content);
    }

    private async Task<JsonNode> GetJsonAsync(string path) => JsonNode.Parse(await Http.GetStringAsync(path))!;
}
