using Suite.Cluster;
using Suite.Contracts.Traffic;

namespace Suite.Services.Tests.Support;

/// <summary>
/// A cluster whose every call fails: by default as the Kubernetes adapter fails once its retries
/// are spent, or, from <see cref="WithoutAdapter"/>, with the bare error of the HTTP client beneath it.
/// </summary>
public sealed class UnreachableCluster : IClusterGateway, IMetricsSource
{
    public const string Detail = "connection refused (kubernetes.default.svc:443)";

    private readonly Func<string, string, Exception> _failure;

    public UnreachableCluster()
        : this(static (operation, target) => new ClusterOperationException(operation, target, Detail))
    {
    }

    private UnreachableCluster(Func<string, string, Exception> failure) => _failure = failure;

    /// <summary>Fails every call with <c>HttpRequestException("connection refused")</c>, naming neither the call nor its object.</summary>
    public static UnreachableCluster WithoutAdapter() => new(static (_, _) => new HttpRequestException("connection refused"));

    public Task<WorkloadStatus> GetWorkloadAsync(WorkloadRef workload, CancellationToken cancellationToken) =>
        throw _failure("Kubernetes list deployments", workload.ToString());

    public Task ScaleVersionAsync(WorkloadRef workload, string image, int replicas, CancellationToken cancellationToken) =>
        throw _failure("Kubernetes scale deployment", $"{workload}:{image}");

    public Task MarkRolledBackAsync(WorkloadRef workload, string image, Guid deploymentId, CancellationToken cancellationToken) =>
        throw _failure("Kubernetes patch deployment", $"{workload}:{image}");

    public Task<bool> ScaleVersionUnlessRolledBackAsync(
        WorkloadRef workload, string image, int replicas, IReadOnlyList<string>? removeFirst, Guid deploymentId, CancellationToken cancellationToken) =>
        throw _failure("Kubernetes scale deployment", $"{workload}:{image}");

    public Task<VersionMetrics?> GetVersionMetricsAsync(WorkloadRef workload, string image, CancellationToken cancellationToken) =>
        throw _failure("Prometheus query", $"{workload}:{image}");
}
