using MassTransit;
using Suite.Contracts.Rollout;

namespace Suite.Rollout;

/// <summary>
/// One deployment's commands on the Rollout queue run one at a time (a redelivered step never runs beside
/// itself, a route never beside a step), while different deployments run side by side. A rollback has its
/// own partitions: it must start at once, not wait behind a step that may wait minutes for pods; the
/// rollback marks (<see cref="Cluster.RollbackMarks"/>) keep that step from acting after it. Partitions are
/// per process: across replicas of the service, the marks alone keep order.
/// </summary>
internal static class RolloutPartitions
{
    /// <summary>Deployments whose steps can run at once per process; two deployments that hash alike take turns.</summary>
    public const int Count = 32;

    /// <summary>
    /// Commands the queue works on at once. They mostly wait for pods, so the processor count (MassTransit's default)
    /// would let two slow steps hold a rollback back; a step per partition and a rollback per partition fit.
    /// </summary>
    public const int Concurrency = 2 * Count;

    public static void Apply(IReceiveEndpointConfigurator endpoint)
    {
        endpoint.PrefetchCount = Concurrency;
        endpoint.ConcurrentMessageLimit = Concurrency;
        var steps = endpoint.CreatePartitioner(Count);
        endpoint.UsePartitioner<ApplyRolloutStep>(steps, c => c.Message.DeploymentId);
        endpoint.UsePartitioner<SetTrafficRoute>(steps, c => c.Message.DeploymentId);
        endpoint.UsePartitioner<RetirePreviousVersion>(steps, c => c.Message.DeploymentId);
        endpoint.UsePartitioner<RollBackDeployment>(endpoint.CreatePartitioner(Count), c => c.Message.DeploymentId);
    }
}
