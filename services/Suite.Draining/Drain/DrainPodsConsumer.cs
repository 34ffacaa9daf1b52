using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Suite.Cluster;
using Suite.Cluster.Waiting;
using Suite.Contracts.Draining;

namespace Suite.Draining.Drain;

/// <summary>
/// Scales a version down to the target, taking the pods named in <see cref="DrainPods.RemoveFirst"/> first
/// where the cluster can choose, and answers once the removed pods have finished their in-flight requests
/// and stopped. Never adds pods. A drain of a deployment that was rolled back meanwhile (it was in flight, or is
/// delivered again) finds the rollback's mark (<see cref="RollbackMarks"/>) and leaves the version alone.
/// </summary>
public sealed class DrainPodsConsumer(
    IClusterGateway cluster,
    TimeProvider time,
    IOptions<DrainingOptions> options,
    ILogger<DrainPodsConsumer> logger) : IConsumer<DrainPods>
{
    public async Task Consume(ConsumeContext<DrainPods> context)
    {
        var drain = context.Message;
        if (Refusal(drain) is { } refusal)
        {
            await FailAsync(context, refusal);
            return;
        }

        var workload = new WorkloadRef(drain.Namespace, drain.Application);
        try
        {
            var version = (await cluster.GetWorkloadAsync(workload, context.CancellationToken)).Version(drain.Image);
            if (version?.WasRolledBackBy(drain.DeploymentId) == true)
            {
                await FailAsync(context, NotDrained(drain));
                return;
            }

            if (version is null || drain.TargetReplicas > version.Desired)
            {
                logger.LogInformation(
                    "Nothing to drain of {Image} of {Workload} for deployment {DeploymentId}: {Running} running, target {TargetReplicas}",
                    drain.Image, workload, drain.DeploymentId, version?.Running ?? 0, drain.TargetReplicas);
                await DrainedAsync(context, version?.Running ?? 0);
                return;
            }

            logger.LogInformation(
                "Draining {Image} of {Workload} from {Desired} to {TargetReplicas} for step {StepIndex} of deployment {DeploymentId}",
                drain.Image, workload, version.Desired, drain.TargetReplicas, drain.StepIndex, drain.DeploymentId);
            if (!await cluster.ScaleVersionUnlessRolledBackAsync(
                    workload, drain.Image, drain.TargetReplicas, drain.RemoveFirst, drain.DeploymentId, context.CancellationToken))
            {
                await FailAsync(context, NotDrained(drain));
                return;
            }

            var wait = options.Value;
            var outcome = await VersionPolling.UntilAsync(
                cluster, time, workload, drain.Image,
                v => v is null || (v.Terminating == 0 && v.Running <= drain.TargetReplicas) || v.WasRolledBackBy(drain.DeploymentId),
                wait.PollInterval, wait.DrainTimeout, context.CancellationToken);
            if (outcome.Version?.WasRolledBackBy(drain.DeploymentId) == true)
            {
                await FailAsync(context, $"deployment {drain.DeploymentId} was rolled back while step {drain.StepIndex} drained: the rollback restores {drain.Image}");
                return;
            }

            if (outcome.Met)
            {
                await DrainedAsync(context, outcome.Version?.Running ?? 0);
                return;
            }

            var left = outcome.Version;
            await FailAsync(
                context,
                $"{left?.Terminating ?? 0} pods of {drain.Image} still terminating after {DurationText.Format(wait.DrainTimeout)}; " +
                $"{left?.Running ?? 0} running, target {drain.TargetReplicas}");
        }
        catch (Exception ex) when (ClusterFailure.IsExpected(ex, context.CancellationToken))
        {
            await FailAsync(context, ClusterFailure.Describe(ex));
        }
    }

    private static string NotDrained(DrainPods drain) =>
        $"deployment {drain.DeploymentId} was rolled back: the drain of step {drain.StepIndex} not applied, {drain.Image} keeps its pods";

    private static string? Refusal(DrainPods drain) =>
        string.IsNullOrWhiteSpace(drain.Image) ? "the drain names no image"
        : drain.TargetReplicas < 0 ? $"target replicas must not be negative (got {drain.TargetReplicas})"
        : null;

    private async Task DrainedAsync(ConsumeContext<DrainPods> context, int remaining)
    {
        var drain = context.Message;
        logger.LogInformation(
            "Step {StepIndex} of deployment {DeploymentId} drained: {RemainingReplicas} pods of {Image} remain",
            drain.StepIndex, drain.DeploymentId, remaining, drain.Image);
        await context.Publish(new PodsDrained
        {
            DeploymentId = drain.DeploymentId,
            StepIndex = drain.StepIndex,
            RemainingReplicas = remaining,
            DrainedAt = time.GetUtcNow(),
        });
    }

    private async Task FailAsync(ConsumeContext<DrainPods> context, string reason)
    {
        var drain = context.Message;
        logger.LogWarning("Drain for step {StepIndex} of deployment {DeploymentId} failed: {Reason}", drain.StepIndex, drain.DeploymentId, reason);
        await context.Publish(new DrainFailed
        {
            DeploymentId = drain.DeploymentId,
            StepIndex = drain.StepIndex,
            Reason = reason,
            FailedAt = time.GetUtcNow(),
        });
    }
}
