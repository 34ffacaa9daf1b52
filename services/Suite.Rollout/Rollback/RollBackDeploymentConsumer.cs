using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Suite.Cluster;
using Suite.Cluster.Routing;
using Suite.Cluster.Waiting;
using Suite.Contracts.Rollout;
using Suite.Rollout.Steps;

namespace Suite.Rollout.Rollback;

/// <summary>
/// Puts the previous version back. Where it still has ready pods (blue-green, canary, a warm previous
/// version, a rolling update part-way) all traffic goes to it at once; it is brought back to full
/// strength, traffic is routed to it alone, and only then is the bad version scaled to zero and the
/// route dropped, so that traffic always has ready pods to go to. When the previous version cannot come
/// back, the route is dropped and the bad version left running, so that every ready pod serves. Every
/// call sets absolute state, so a redelivered rollback ends in the same place. It first marks both versions'
/// workloads (<see cref="RollbackMarks"/>), so that the deployment's own late commands cannot undo it, and it
/// times each part from the cluster (<see cref="RollbackTiming"/>).
/// </summary>
public sealed class RollBackDeploymentConsumer(
    IClusterGateway cluster,
    ITrafficRouter router,
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
        var ct = context.CancellationToken;
        var restored = 0;
        var timing = new RollbackTiming();
        try
        {
            logger.LogInformation(
                "Rolling back {Image} of {Workload} to {PreviousImage} x{PreviousReplicas} for deployment {DeploymentId}: {Reason}",
                rollback.Image, workload, rollback.PreviousImage, rollback.PreviousReplicas, rollback.DeploymentId, rollback.Reason);

            // The fence before anything else: from here on, a step, drain or route of this deployment still in flight
            // (or delivered again) finds the mark on the versions it would change and leaves them as the rollback puts them.
            await cluster.MarkRolledBackAsync(workload, rollback.Image, rollback.DeploymentId, ct);
            var previous = string.IsNullOrWhiteSpace(rollback.PreviousImage) || rollback.PreviousImage == rollback.Image ? null : rollback.PreviousImage;
            if (previous is not null)
            {
                await cluster.MarkRolledBackAsync(workload, previous, rollback.DeploymentId, ct);
                if ((await cluster.GetWorkloadAsync(workload, ct)).Version(previous) is { Ready: > 0 } && await RouteAllToAsync(rollback, workload, previous, ct))
                {
                    timing.TrafficSwitchedAt = time.GetUtcNow();
                }

                timing.RestoreStartedAt = time.GetUtcNow();
                var outcome = await ReadyScaling.ScaleUntilReadyAsync(cluster, time, options.Value, workload, previous, rollback.PreviousReplicas, ct);
                if (!outcome.Met)
                {
                    // Every ready pod of either version serves again rather than too few of the previous one.
                    await router.ClearRouteAsync(workload, ct);
                    var notReady = ReadinessText.NotReady(previous, rollback.PreviousReplicas, outcome.Version, options.Value.ReadyTimeout);
                    await FailAsync(context, $"{notReady}; {rollback.Image} left running so that traffic keeps ready pods");
                    return;
                }

                restored = outcome.Version?.Ready ?? 0;
                timing.PreviousReadyAt = outcome.Version?.LastReadyAt;
                timing.FullyServingAt = await RouteAllToAsync(rollback, workload, previous, ct) ? time.GetUtcNow() : null;
            }

            if (rollback.Image != rollback.PreviousImage)
            {
                await cluster.ScaleVersionAsync(workload, rollback.Image, 0, ct);
            }

            // Without a router the previous version serves everything once the bad one's pods leave rotation, which scaling to zero does at once.
            timing.FullyServingAt ??= previous is null ? null : time.GetUtcNow();
            timing.TrafficSwitchedAt ??= timing.FullyServingAt;
            await router.ClearRouteAsync(workload, ct);
        }
        catch (Exception ex) when (ClusterFailure.IsExpected(ex, ct))
        {
            await FailAsync(context, ClusterFailure.Describe(ex));
            return;
        }

        logger.LogInformation(
            "Deployment {DeploymentId} rolled back: {RestoredReplicas} pods of {PreviousImage} ready, serving all traffic since {FullyServingAt} " +
            "(traffic switched {TrafficSwitchedAt}, restore asked {RestoreStartedAt}, last restored pod ready {PreviousReadyAt})",
            rollback.DeploymentId, restored, rollback.PreviousImage, timing.FullyServingAt, timing.TrafficSwitchedAt, timing.RestoreStartedAt, timing.PreviousReadyAt);
        await context.Publish(new RollbackApplied
        {
            DeploymentId = rollback.DeploymentId,
            RestoredReplicas = restored,
            FullyServingAt = timing.FullyServingAt,
            TrafficSwitchedAt = timing.TrafficSwitchedAt,
            RestoreStartedAt = timing.RestoreStartedAt,
            PreviousReadyAt = timing.PreviousReadyAt,
            AppliedAt = time.GetUtcNow(),
        });
    }

    /// <summary>False when the cluster cannot route by weight; traffic then follows ready pods.</summary>
    private async Task<bool> RouteAllToAsync(RollBackDeployment rollback, WorkloadRef workload, string previous, CancellationToken ct)
    {
        try
        {
            await router.SetRouteAsync(workload, previous, 100, null, ct);
            return true;
        }
        catch (TrafficRoutingUnavailableException ex)
        {
            logger.LogInformation(
                "Deployment {DeploymentId}: traffic of {Workload} not switched to {PreviousImage} at once ({Reason}); it follows ready pods",
                rollback.DeploymentId, workload, previous, ex.Message);
            return false;
        }
    }

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
