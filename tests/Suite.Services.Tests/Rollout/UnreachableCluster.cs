using Suite.Cluster;
using Suite.Contracts.Traffic;

namespace Suite.Services.Tests.Rollout;

/// <summary>A cluster whose every call fails as the Kubernetes adapter fails once its retries are spent.</summary>
public sealed class UnreachableCluster : IClusterGateway, IMetricsSource
{
    public const string Detail = "connection refused (kubernetes.default.svc:443)";

    public Task<WorkloadStatus> GetWorkloadAsync(WorkloadRef workload, CancellationToken cancellationToken) =>
        throw new ClusterOperationException("Kubernetes list deployments", workload.ToString(), Detail);

    public Task ScaleVersionAsync(WorkloadRef workload, string image, int replicas, CancellationToken cancellationToken) =>
        throw new ClusterOperationException("Kubernetes scale deployment", $"{workload}:{image}", Detail);

    public Task<VersionMetrics?> GetVersionMetricsAsync(WorkloadRef workload, string image, CancellationToken cancellationToken) =>
        throw new ClusterOperationException("Prometheus query", $"{workload}:{image}", Detail);
}
