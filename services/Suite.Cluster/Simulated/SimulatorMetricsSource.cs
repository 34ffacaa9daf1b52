using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;
using Suite.Cluster.Kubernetes;
using Suite.Cluster.Resilience;
using Suite.Cluster.Simulated.Control;
using Suite.Contracts.Traffic;

namespace Suite.Cluster.Simulated;

/// <summary>
/// <see cref="IMetricsSource"/> for services in their own processes: reads a version's metrics from a
/// <see cref="SimulatedClusterServer"/> over HTTP.
/// </summary>
public sealed class SimulatorMetricsSource : IMetricsSource
{
    /// <summary>The <see cref="IHttpClientFactory"/> client this source calls the simulator with.</summary>
    public const string HttpClientName = "Suite.Cluster.Simulator";

    private const string Operation = "simulator read metrics";

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly Uri _baseAddress;

    public SimulatorMetricsSource(IHttpClientFactory httpClientFactory, IOptions<SimulatorMetricsOptions> options, TimeProvider timeProvider, ILogger<SimulatorMetricsSource> logger)
    {
        var o = options.Value;
        if (!Uri.TryCreate(o.Url, UriKind.Absolute, out var url))
        {
            throw new InvalidOperationException($"{SimulatorMetricsOptions.SectionName}:Url must be an absolute URL, got '{o.Url}'");
        }

        _baseAddress = new Uri(url.ToString().TrimEnd('/') + "/");
        _httpClientFactory = httpClientFactory;
        _pipeline = HttpResilience.Create(new HttpResilienceSettings(o.MaxRetryAttempts, o.RetryBaseDelay, o.RequestTimeout), timeProvider, logger, "simulator");
    }

    public Task<VersionMetrics?> GetVersionMetricsAsync(WorkloadRef workload, string image, CancellationToken cancellationToken) =>
        ReadAsync<VersionMetrics>(workload, image, "metrics", cancellationToken);

    /// <summary>The simulator's per-pod metrics; empty when the version has no ready pod.</summary>
    public async Task<IReadOnlyList<PodMetrics>> GetPodMetricsAsync(WorkloadRef workload, string image, CancellationToken cancellationToken) =>
        await ReadAsync<List<PodMetrics>>(workload, image, "pods/metrics", cancellationToken) ?? [];

    private async Task<T?> ReadAsync<T>(WorkloadRef workload, string image, string path, CancellationToken cancellationToken)
        where T : class
    {
        var target = $"{workload} {image}";
        var uri = new Uri(_baseAddress,
            $"{SimulatorControlApi.Prefix.TrimStart('/')}/namespaces/{Uri.EscapeDataString(workload.Namespace)}/applications/{Uri.EscapeDataString(workload.Application)}/{path}?image={Uri.EscapeDataString(image)}");
        var client = _httpClientFactory.CreateClient(HttpClientName);
        HttpResponseMessage response;
        try
        {
            response = await _pipeline.ExecuteAsync(async ct => await client.GetAsync(uri, ct), cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new ClusterOperationException(Operation, target, e.Message, innerException: e);
        }

        using (response)
        {
            // The simulator's own "no ready pod" is a Status; a bare 404 means the URL is not a simulator.
            if (response.StatusCode == HttpStatusCode.NotFound && await KubernetesErrors.IsStatusAsync(response, cancellationToken))
            {
                return null;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw await KubernetesErrors.FromResponseAsync(response, Operation, target, cancellationToken);
            }

            try
            {
                return await response.Content.ReadFromJsonAsync<T>(JsonSerializerOptions.Web, cancellationToken);
            }
            catch (JsonException e)
            {
                throw new ClusterOperationException(Operation, target, $"unreadable answer: {e.Message}", innerException: e);
            }
        }
    }
}
