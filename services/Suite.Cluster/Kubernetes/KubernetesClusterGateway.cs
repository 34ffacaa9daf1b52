using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Suite.Cluster.Resilience;

namespace Suite.Cluster.Kubernetes;

/// <summary>
/// <see cref="IClusterGateway"/> over the Kubernetes REST API: each version is a Deployment named
/// <c>{app}-{hash}</c>, scaled by setting an absolute replica count, so every call is idempotent.
/// </summary>
public sealed partial class KubernetesClusterGateway : IClusterGateway
{
    /// <summary>The <see cref="IHttpClientFactory"/> client this gateway calls the API server with.</summary>
    public const string HttpClientName = "Suite.Cluster.Kubernetes";

    private readonly KubernetesApi _api;
    private readonly ILogger<KubernetesClusterGateway> _logger;

    public KubernetesClusterGateway(IHttpClientFactory httpClientFactory, IOptions<KubernetesClusterOptions> options, TimeProvider timeProvider, ILogger<KubernetesClusterGateway> logger)
    {
        var o = options.Value;
        var settings = new HttpResilienceSettings(o.MaxRetryAttempts, o.RetryBaseDelay, o.RequestTimeout);
        var pipeline = HttpResilience.Create(settings, timeProvider, logger, "Kubernetes API server");
        _api = new KubernetesApi(() => httpClientFactory.CreateClient(HttpClientName), pipeline, new BearerTokenSource(o));
        _logger = logger;
    }

    public async Task<WorkloadStatus> GetWorkloadAsync(WorkloadRef workload, CancellationToken cancellationToken)
    {
        var selector = KubernetesNaming.ApplicationSelector(workload.Application);
        var deployments = await _api.ListNamespacedDeploymentAsync(workload.Namespace, selector, cancellationToken);
        var pods = await _api.ListNamespacedPodAsync(workload.Namespace, selector, cancellationToken);
        return WorkloadStatusMapper.ToStatus(workload, deployments, pods);
    }

    /// <summary>
    /// Gives the pods named in <paramref name="removeFirst"/> the lowest pod-deletion costs, in order, so that the
    /// ReplicaSet removes them first, then scales. A pod already gone is skipped.
    /// </summary>
    public async Task ScaleVersionAsync(WorkloadRef workload, string image, int replicas, IReadOnlyList<string>? removeFirst, CancellationToken cancellationToken)
    {
        var names = removeFirst ?? [];
        for (var i = 0; i < names.Count; i++)
        {
            var cost = (i - names.Count).ToString(CultureInfo.InvariantCulture);
            var patch = JsonSerializer.SerializeToElement(new { metadata = new { annotations = new Dictionary<string, string> { [KubernetesNaming.PodDeletionCostAnnotation] = cost } } });
            await _api.PatchNamespacedPodAsync(patch, names[i], workload.Namespace, cancellationToken);
        }

        await ScaleVersionAsync(workload, image, replicas, cancellationToken);
    }

    public async Task ScaleVersionAsync(WorkloadRef workload, string image, int replicas, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(image);
        ArgumentOutOfRangeException.ThrowIfNegative(replicas);
        var name = KubernetesNaming.DeploymentName(workload.Application, image);
        var existing = await _api.ReadNamespacedDeploymentAsync(name, workload.Namespace, cancellationToken);
        if (existing is null)
        {
            try
            {
                await _api.CreateNamespacedDeploymentAsync(VersionDeployment.Create(workload, image, replicas), workload.Namespace, cancellationToken);
                LogCreated(workload, name, image, replicas);
                return;
            }
            catch (ClusterOperationException e) when (e.StatusCode == 409)
            {
                // Created in the meantime, possibly by an earlier attempt of this very call whose answer was lost.
            }
        }
        else if (existing.Spec?.Replicas == replicas)
        {
            return;
        }

        var patch = JsonSerializer.SerializeToElement(new { spec = new { replicas } });
        await _api.PatchNamespacedDeploymentAsync(patch, name, workload.Namespace, cancellationToken);
        LogScaled(workload, name, replicas);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created deployment {Deployment} in {Workload} for {Image} with {Replicas} replicas")]
    private partial void LogCreated(WorkloadRef workload, string deployment, string image, int replicas);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scaled deployment {Deployment} in {Workload} to {Replicas} replicas")]
    private partial void LogScaled(WorkloadRef workload, string deployment, int replicas);
}
