using Suite.Cluster;

namespace Suite.Services.Tests.Planning;

/// <summary>A cluster whose API server cannot be reached.</summary>
internal sealed class UnreachableCluster : IClusterGateway
{
    public Task<WorkloadStatus> GetWorkloadAsync(WorkloadRef workload, CancellationToken cancellationToken) =>
        throw new HttpRequestException("connection refused");

    public Task ScaleVersionAsync(WorkloadRef workload, string image, int replicas, CancellationToken cancellationToken) =>
        throw new HttpRequestException("connection refused");
}
