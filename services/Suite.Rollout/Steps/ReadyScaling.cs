using Suite.Cluster;
using Suite.Cluster.Waiting;

namespace Suite.Rollout.Steps;

/// <summary>Sets a version's replicas and waits until that many of its pods are ready, as rollout steps and rollbacks both do.</summary>
internal static class ReadyScaling
{
    public static async Task<PollOutcome> ScaleUntilReadyAsync(IClusterGateway cluster, TimeProvider time, RolloutOptions wait,
        WorkloadRef workload, string image, int replicas, CancellationToken cancellationToken)
    {
        await cluster.ScaleVersionAsync(workload, image, replicas, cancellationToken);
        return await VersionPolling.UntilAsync(
            cluster, time, workload, image, v => (v?.Ready ?? 0) >= replicas, wait.PollInterval, wait.ReadyTimeout, cancellationToken);
    }
}
