namespace Suite.Cluster;

/// <summary>
/// The cluster as Suite changes it. Each version of an application runs as its own workload
/// (a Kubernetes Deployment named after the application and the image), and one Service
/// selects the pods of every version, so traffic follows ready pods.
/// </summary>
public interface IClusterGateway
{
    /// <summary>Every version of the application that has a workload, with its pod counts.</summary>
    Task<WorkloadStatus> GetWorkloadAsync(WorkloadRef workload, CancellationToken cancellationToken);

    /// <summary>
    /// Sets the desired replicas of <paramref name="image"/>'s workload, creating it when it does
    /// not exist yet. Returns at once; pods become ready (or terminate) afterwards.
    /// </summary>
    Task ScaleVersionAsync(WorkloadRef workload, string image, int replicas, CancellationToken cancellationToken);
}
