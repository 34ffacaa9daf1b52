namespace Suite.Cluster;

/// <summary>
/// The cluster as Suite changes it. Each version of an application runs as its own workload
/// (a Kubernetes Deployment named after the application and the image), and one Service
/// selects the pods of every version, so traffic follows ready pods unless an
/// <see cref="Routing.ITrafficRouter"/> routes it.
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

    /// <summary>
    /// As <see cref="ScaleVersionAsync(WorkloadRef, string, int, CancellationToken)"/>, removing the pods named in
    /// <paramref name="removeFirst"/> (in that order) before any other ready pod when it scales down. An adapter
    /// that cannot choose which pods go ignores the names and lets the cluster pick, which is the default.
    /// </summary>
    Task ScaleVersionAsync(WorkloadRef workload, string image, int replicas, IReadOnlyList<string>? removeFirst, CancellationToken cancellationToken) =>
        ScaleVersionAsync(workload, image, replicas, cancellationToken);

    /// <summary>
    /// Marks <paramref name="image"/>'s workload as rolled back by <paramref name="deploymentId"/> (<see cref="RollbackMarks"/>),
    /// creating the workload with no pods when it does not exist yet, so that a step of that deployment arriving later
    /// cannot create it. Idempotent; the other marks stay.
    /// </summary>
    Task MarkRolledBackAsync(WorkloadRef workload, string image, Guid deploymentId, CancellationToken cancellationToken);

    /// <summary>
    /// Scales as <see cref="ScaleVersionAsync(WorkloadRef, string, int, IReadOnlyList{string}, CancellationToken)"/> does,
    /// unless the version's workload carries <paramref name="deploymentId"/>'s rollback mark: then nothing changes and
    /// the answer is false. The check and the change are one step for the cluster (a lock, or the API server's
    /// resourceVersion precondition), so a rollback that marks the workload in between cannot be overtaken.
    /// </summary>
    Task<bool> ScaleVersionUnlessRolledBackAsync(
        WorkloadRef workload, string image, int replicas, IReadOnlyList<string>? removeFirst, Guid deploymentId, CancellationToken cancellationToken);
}
