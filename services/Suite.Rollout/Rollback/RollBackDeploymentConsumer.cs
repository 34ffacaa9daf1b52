using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Suite.Cluster;
using Suite.Cluster.Waiting;
using Suite.Contracts.Rollout;
using Suite.Rollout.Steps;

namespace Suite.Rollout.Rollback;

/// <summary>
/// Brings the previous version back to full strength and only then scales the bad version to
/// zero, so that traffic always has ready pods to go to.
/// </summary>
public sealed class RollBackDeploymentConsumer(
    IClusterGateway cluster,
    TimeProvider time,
    IOptions<RolloutOptions> options,
    ILogger<RollBackDeploymentConsumer> logger) : IConsumer<RollBackDeployment>
{
    public async Task Consume(ConsumeContext<RollBackDeployment> context)
    {
        var rollback = context.Message;
        if (Refusal(rollback) is { } refusal)
        {
            await FailAsync(context, refusal);
            return;
        }

        var workload = new WorkloadRef(rollback.Namespace, rollback.Application);
        var restored = 0;
        try
        {
            logger.LogInformation(
                "Rolling back {Image} of {Workload} to {PreviousImage} x{PreviousReplicas} for deployment {DeploymentId}: {Reason}",
                rollback.Image, workload, rollback.PreviousImage, rollback.PreviousReplicas, rollback.DeploymentId, rollback.Reason);
            if (!string.IsNullOrWhiteSpace(rollback.PreviousImage))
            {
                var outcome = await RestorePreviousAsync(workload, rollback.PreviousImage, rollback.PreviousReplicas, context.CancellationToken);
                if (!outcome.Met)
                {
                    var notReady = ReadinessText.NotReady(rollback.PreviousImage, rollback.PreviousReplicas, outcome.Version, options.Value.ReadyTimeout);
                    await FailAsync(context, $"{notReady}; {rollback.Image} left running so that traffic keeps ready pods");
                    return;
                }

                restored = outcome.Version?.Ready ?? 0;
            }

            if (rollback.Image != rollback.PreviousImage)
            {
                await cluster.ScaleVersionAsync(workload, rollback.Image, 0, context.CancellationToken);
            }
        }
        catch (Exception ex) when (ClusterFailure.IsExpected(ex, context.CancellationToken))
        {
            await FailAsync(context, ClusterFailure.Describe(ex));
            return;
        }

        logger.LogInformation("Deployment {DeploymentId} rolled back: {RestoredReplicas} pods of {PreviousImage} ready", rollback.DeploymentId, restored, rollback.PreviousImage);
        await context.Publish(new RollbackApplied
        {
            DeploymentId = rollback.DeploymentId,
            RestoredReplicas = restored,
            AppliedAt = time.GetUtcNow(),
        });
    }

    private Task<PollOutcome> RestorePreviousAsync(WorkloadRef workload, string image, int replicas, CancellationToken cancellationToken) =>
        ReadyScaling.ScaleUntilReadyAsync(cluster, time, options.Value, workload, image, replicas, cancellationToken);

    private static string? Refusal(RollBackDeployment rollback) =>
        string.IsNullOrWhiteSpace(rollback.Image) ? "the rollback names no image"
        : rollback.PreviousReplicas < 0 ? $"previous replicas must not be negative (got {rollback.PreviousReplicas})"
        : null;

    private async Task FailAsync(ConsumeContext<RollBackDeployment> context, string reason)
    {
        logger.LogError("Rollback of deployment {DeploymentId} failed: {Reason}", context.Message.DeploymentId, reason);
        await context.Publish(new RollbackFailed
        {
            DeploymentId = context.Message.DeploymentId,
            Reason = reason,
            FailedAt = time.GetUtcNow(),
        });
    }
}
