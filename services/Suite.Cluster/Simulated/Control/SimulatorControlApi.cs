using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Suite.Cluster.Simulated.Control;

/// <summary>
/// The simulator's own endpoints, for tests, the demo and services in other processes: set traffic and
/// version behaviour, seed a version, read metrics and availability. JSON in the web defaults (camelCase).
/// </summary>
internal static class SimulatorControlApi
{
    public const string Prefix = "/suite-simulator/v1";

    public static void MapSimulatorControl(this IEndpointRouteBuilder endpoints, SimulatedCluster cluster)
    {
        var simulator = endpoints.MapGroup(Prefix);
        const string application = "/namespaces/{ns}/applications/{app}";
        simulator.MapPut(application + "/traffic", (string ns, string app, HttpRequest request) =>
            WithBodyAsync<SimulatorTrafficRequest>(request, body => cluster.SetTraffic(new WorkloadRef(ns, app), body.RequestsPerSecond)));
        simulator.MapPut("/versions", (HttpRequest request) =>
            WithBodyAsync<SimulatorVersionRequest>(request, body => cluster.SetVersionBehaviour(body.Image ?? "", Behaviour(body, cluster.Options))));
        simulator.MapPut("/pods", (HttpRequest request) =>
            WithBodyAsync<SimulatorPodRequest>(request, body => cluster.SetPodBehaviour(body.Name ?? "", PodBehaviour(body, cluster.Options))));
        simulator.MapPost(application + "/seed", (string ns, string app, HttpRequest request) =>
            WithBodyAsync<SimulatorSeedRequest>(request, body => cluster.Seed(new WorkloadRef(ns, app), body.Image ?? "", body.Replicas)));
        simulator.MapGet(application + "/metrics", (string ns, string app, string? image, CancellationToken ct) => MetricsAsync(cluster, new WorkloadRef(ns, app), image, ct));
        simulator.MapGet(application + "/pods/metrics", (string ns, string app, string? image, CancellationToken ct) => PodMetricsAsync(cluster, new WorkloadRef(ns, app), image, ct));
        simulator.MapGet(application + "/availability", (string ns, string app, string? since) => Availability(cluster, new WorkloadRef(ns, app), since));
    }

    private static VersionBehaviour Behaviour(SimulatorVersionRequest body, SimulatedClusterOptions defaults) => new(
        body.ErrorRate ?? defaults.ErrorRate,
        body.P95LatencyMs ?? defaults.P95LatencyMs,
        body.StartupSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
        body.NeverReady);

    private static PodBehaviour PodBehaviour(SimulatorPodRequest body, SimulatedClusterOptions defaults) =>
        new(body.ErrorRate ?? defaults.ErrorRate, body.P95LatencyMs ?? defaults.P95LatencyMs);

    private static async Task<IResult> PodMetricsAsync(SimulatedCluster cluster, WorkloadRef workload, string? image, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(image)
            ? KubernetesStatusResults.BadRequest("the query parameter image is required")
            : Results.Json(await cluster.GetPodMetricsAsync(workload, image, ct), JsonSerializerOptions.Web);

    private static async Task<IResult> MetricsAsync(SimulatedCluster cluster, WorkloadRef workload, string? image, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(image))
        {
            return KubernetesStatusResults.BadRequest("the query parameter image is required");
        }

        return await cluster.GetVersionMetricsAsync(workload, image, ct) is { } metrics
            ? Results.Json(metrics, JsonSerializerOptions.Web)
            : KubernetesStatusResults.NotFound("metrics", $"{workload} {image}");
    }

    private static IResult Availability(SimulatedCluster cluster, WorkloadRef workload, string? since)
    {
        // A '+' in an unencoded offset arrives as a space.
        var text = since?.Replace(' ', '+');
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var from)
            ? Results.Json(cluster.AvailabilityReport(workload, from), JsonSerializerOptions.Web)
            : KubernetesStatusResults.BadRequest("the query parameter since must be an ISO 8601 time, e.g. 2026-01-05T12:00:00Z");
    }

    private static async Task<IResult> WithBodyAsync<T>(HttpRequest request, Action<T> apply)
        where T : class
    {
        try
        {
            var body = await JsonSerializer.DeserializeAsync<T>(request.Body, JsonSerializerOptions.Web, request.HttpContext.RequestAborted);
            if (body is null)
            {
                return KubernetesStatusResults.BadRequest("the request needs a JSON body");
            }

            apply(body);
            return Results.NoContent();
        }
        catch (JsonException e)
        {
            return KubernetesStatusResults.BadRequest($"unreadable JSON body: {e.Message}");
        }
        catch (ArgumentException e)
        {
            return KubernetesStatusResults.BadRequest(e.Message);
        }
    }
}
