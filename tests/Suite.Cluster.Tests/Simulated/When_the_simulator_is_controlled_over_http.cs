using System.Net.Http.Json;

namespace Suite.Cluster.Tests;

public sealed class When_the_simulator_is_controlled_over_http : SimulatorOverHttp
{
    private const string Application = "suite-simulator/v1/namespaces/shop/applications/shop";

    [Fact]
    public async Task Should_seed_set_traffic_and_behaviour_then_serve_the_metrics()
    {
        await Succeeds(Http.PutAsJsonAsync("suite-simulator/v1/versions", new { image = Apps.V2, errorRate = 0.05, p95LatencyMs = 250 }));
        await Succeeds(Http.PostAsJsonAsync($"{Application}/seed", new { image = Apps.V1, replicas = 3 }));
        await Succeeds(Http.PostAsJsonAsync($"{Application}/seed", new { image = Apps.V2, replicas = 1 }));
        await Succeeds(Http.PutAsJsonAsync($"{Application}/traffic", new { requestsPerSecond = 80 }));

        var metrics = JsonNode.Parse(await Http.GetStringAsync($"{Application}/metrics?image={Uri.EscapeDataString(Apps.V2)}"))!;

        Assert.Equal(
            (Apps.V2, 20.0, 0.05, 250.0, Clock.GetUtcNow()),
            ((string?)metrics["image"], (double)metrics["requestsPerSecond"]!, (double)metrics["errorRate"]!, (double)metrics["p95LatencyMs"]!, (DateTimeOffset)metrics["sampledAt"]!));
    }

    [Fact]
    public async Task Should_start_pods_of_a_version_with_its_startup_seconds()
    {
        await Succeeds(Http.PutAsJsonAsync("suite-simulator/v1/versions", new { image = Apps.V2, startupSeconds = 7 }));
        await Cluster.ScaleVersionAsync(Apps.Shop, Apps.V2, 1, CancellationToken.None);

        Clock.Advance(TimeSpan.FromSeconds(7));

        var pod = Assert.Single(Cluster.Pods(Apps.Shop));
        Assert.Equal((PodPhase.Ready, Clock.GetUtcNow()), (pod.Phase, pod.ReadyAt));
    }

    [Fact]
    public async Task Should_answer_not_found_for_metrics_of_a_version_without_ready_pods()
    {
        await Cluster.ScaleVersionAsync(Apps.Shop, Apps.V2, 1, CancellationToken.None);

        using var response = await Http.GetAsync($"{Application}/metrics?image={Uri.EscapeDataString(Apps.V2)}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Status", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["kind"]);
    }

    [Fact]
    public async Task Should_report_availability_since_a_time()
    {
        Cluster.Seed(Apps.Shop, Apps.V1, 2);
        Clock.Advance(TimeSpan.FromSeconds(1));
        await Cluster.ScaleVersionAsync(Apps.Shop, Apps.V1, 1, CancellationToken.None);
        Clock.Advance(TimeSpan.FromSeconds(1));

        var report = JsonNode.Parse(await Http.GetStringAsync($"{Application}/availability?since=2026-01-05T12:00:00Z"))!;
        var withOffset = JsonNode.Parse(await Http.GetStringAsync($"{Application}/availability?since=2026-01-05T12:00:00+00:00"))!;

        Assert.Equal((1, 2), ((int)report["minReady"]!, (int)report["maxRunning"]!));
        Assert.Equal(report.ToJsonString(), withOffset.ToJsonString());
    }

    [Theory]
    [InlineData("availability?since=yesterday")]
    [InlineData("availability")]
    [InlineData("metrics")]
    public async Task Should_refuse_a_request_without_a_readable_parameter(string path)
    {
        using var response = await Http.GetAsync($"{Application}/{path}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Should_refuse_an_impossible_error_rate()
    {
        using var response = await Http.PutAsJsonAsync("suite-simulator/v1/versions", new { image = Apps.V2, errorRate = 1.5 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task Succeeds(Task<HttpResponseMessage> call)
    {
        using var response = await call;
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }
}
