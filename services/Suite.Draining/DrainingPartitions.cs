using MassTransit;
using Suite.Contracts.Draining;

namespace Suite.Draining;

/// <summary>
/// One deployment's drains run one at a time (a redelivered drain never runs beside itself); different
/// deployments drain side by side. Per process: across replicas, the rollback marks (<see cref="Cluster.RollbackMarks"/>) keep order.
/// </summary>
internal static class DrainingPartitions
{
    /// <summary>Deployments that can drain at once per process; two deployments that hash alike take turns.</summary>
    public const int Count = 32;

    public static void Apply(IReceiveEndpointConfigurator endpoint)
    {
        // Drains mostly wait for pods to finish, so the processor count (MassTransit's default) would make deployments queue behind each other.
        endpoint.PrefetchCount = Count;
        endpoint.ConcurrentMessageLimit = Count;
        endpoint.UsePartitioner<DrainPods>(endpoint.CreatePartitioner(Count), c => c.Message.DeploymentId);
    }
}
