using System.Collections.Concurrent;
using Suite.Cluster;

namespace Suite.Services.Tests.Support;

/// <summary>
/// Passes every call to the real gateway and remembers each scale with the state it was made in (and the pods it
/// named to remove first, and whether the rollback mark stopped it).
/// </summary>
public sealed class RecordingGateway(IClusterGateway inner) : IClusterGateway
{
    private readonly ConcurrentQueue<ScaleCall> _scales = new();

    public IReadOnlyList<ScaleCall> Scales => [.. _scales];

    public Task<WorkloadStatus> GetWorkloadAsync(WorkloadRef workload, CancellationToken cancellationToken) =>
        inner.GetWorkloadAsync(workload, cancellationToken);

    public Task ScaleVersionAsync(WorkloadRef workload, string image, int replicas, CancellationToken cancellationToken) =>
        ScaleVersionAsync(workload, image, replicas, null, cancellationToken);

    public async Task ScaleVersionAsync(WorkloadRef workload, string image, int replicas, IReadOnlyList<string>? removeFirst, CancellationToken cancellationToken)
    {
        var before = await inner.GetWorkloadAsync(workload, cancellationToken);
        _scales.Enqueue(new ScaleCall(image, replicas, before) { RemoveFirst = removeFirst });
        await inner.ScaleVersionAsync(workload, image, replicas, removeFirst, cancellationToken);
    }

    public Task MarkRolledBackAsync(WorkloadRef workload, string image, Guid deploymentId, CancellationToken cancellationToken) =>
        inner.MarkRolledBackAsync(workload, image, deploymentId, cancellationToken);

    public async Task<bool> ScaleVersionUnlessRolledBackAsync(
        WorkloadRef workload, string image, int replicas, IReadOnlyList<string>? removeFirst, Guid deploymentId, CancellationToken cancellationToken)
    {
        var before = await inner.GetWorkloadAsync(workload, cancellationToken);
        var scaled = await inner.ScaleVersionUnlessRolledBackAsync(workload, image, replicas, removeFirst, deploymentId, cancellationToken);
        _scales.Enqueue(new ScaleCall(image, replicas, before) { RemoveFirst = removeFirst, Refused = !scaled });
        return scaled;
    }
}
