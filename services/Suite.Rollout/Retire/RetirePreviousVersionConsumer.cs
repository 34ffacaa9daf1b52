using MassTransit;
using Microsoft.Extensions.Logging;
using Suite.Cluster;
using Suite.Cluster.Routing;
using Suite.Contracts.Rollout;

namespace Suite.Rollout.Retire;

/// <summary>
/// Ends a rollback window: scales the warm previous version to zero, then drops the route that kept
/// traffic off it, unless a newer deployment's route has replaced it. Its pods leave rotation as they are scaled away, so nothing is routed to them in
/// between. Idempotent. A cluster that cannot be changed faults the message (the contract has no failure
/// reply), which is retried and redelivered safely. A retirement that arrives after the deployment was reverted
/// (rolled back) finds the rollback's mark on the previous version, which serves again, and does nothing.
/// </summary>
public sealed class RetirePreviousVersionConsumer(
    IClusterGateway cluster, ITrafficRouter router, TimeProvider time, ILogger<RetirePreviousVersionConsumer> logger) : IConsumer<RetirePreviousVersion>
{
    public async Task Consume(ConsumeContext<RetirePreviousVersion> context)
    {
        var retire = context.Message;
        var workload = new WorkloadRef(retire.Namespace, retire.Application);
        if (!string.IsNullOrWhiteSpace(retire.PreviousImage) && retire.PreviousImage != retire.Image
            && !await cluster.ScaleVersionUnlessRolledBackAsync(workload, retire.PreviousImage, 0, null, retire.DeploymentId, context.CancellationToken))
        {
            // Reverted meanwhile: the previous version serves everything again, and nobody waits for this answer.
            logger.LogWarning(
                "Deployment {DeploymentId} was rolled back: {PreviousImage} of {Workload} serves again and is not retired",
                retire.DeploymentId, retire.PreviousImage, workload);
            return;
        }

        // A newer deployment of the application may have routed its own version since: only this deployment's route goes.
        if (await router.GetRouteAsync(workload, context.CancellationToken) is { } route && route.Image == retire.Image)
        {
            await router.ClearRouteAsync(workload, context.CancellationToken);
        }
        logger.LogInformation(
            "Deployment {DeploymentId}: {PreviousImage} of {Workload} retired; all traffic stays on {Image}",
            retire.DeploymentId, retire.PreviousImage, workload, retire.Image);
        await context.Publish(new PreviousVersionRetired { DeploymentId = retire.DeploymentId, RetiredAt = time.GetUtcNow() });
    }
}
