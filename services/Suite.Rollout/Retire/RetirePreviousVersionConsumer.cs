using MassTransit;
using Microsoft.Extensions.Logging;
using Suite.Cluster;
using Suite.Cluster.Routing;
using Suite.Contracts.Rollout;

namespace Suite.Rollout.Retire;

/// <summary>
/// Ends a rollback window: scales the warm previous version to zero, then drops the route that kept
/// traffic off it. Its pods leave rotation as they are scaled away, so nothing is routed to them in
/// between. Idempotent. A cluster that cannot be changed faults the message (the contract has no failure
/// reply), which is retried and redelivered safely.
/// </summary>
public sealed class RetirePreviousVersionConsumer(
    IClusterGateway cluster, ITrafficRouter router, TimeProvider time, ILogger<RetirePreviousVersionConsumer> logger) : IConsumer<RetirePreviousVersion>
{
    public async Task Consume(ConsumeContext<RetirePreviousVersion> context)
    {
        var retire = context.Message;
        var workload = new WorkloadRef(retire.Namespace, retire.Application);
        if (!string.IsNullOrWhiteSpace(retire.PreviousImage) && retire.PreviousImage != retire.Image)
        {
            await cluster.ScaleVersionAsync(workload, retire.PreviousImage, 0, context.CancellationToken);
        }

        await router.ClearRouteAsync(workload, context.CancellationToken);
        logger.LogInformation(
            "Deployment {DeploymentId}: {PreviousImage} of {Workload} retired; all traffic stays on {Image}",
            retire.DeploymentId, retire.PreviousImage, workload, retire.Image);
        await context.Publish(new PreviousVersionRetired { DeploymentId = retire.DeploymentId, RetiredAt = time.GetUtcNow() });
    }
}
