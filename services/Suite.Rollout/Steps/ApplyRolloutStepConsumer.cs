using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Suite.Cluster;
using Suite.Cluster.Waiting;
using Suite.Contracts.Rollout;

namespace Suite.Rollout.Steps;

/// <summary>
/// Scales the new version to the step's replica count and answers once that many pods are ready. A step of a
/// deployment that was rolled back meanwhile (it was in flight, or is delivered again) changes nothing and fails.
/// </summary>
public sealed class ApplyRolloutStepConsumer(
    IClusterGateway cluster,
    TimeProvider time,
    IOptions<RolloutOptions> options,
    ILogger<ApplyRolloutStepConsumer> logger) : IConsumer<ApplyRolloutStep>
{
    public async Task Consume(ConsumeContext<ApplyRolloutStep> context)
    {
        var step = context.Message;
        if (Refusal(step) is { } refusal)
        {
            await FailAsync(context, refusal);
            return;
        }

        var workload = new WorkloadRef(step.Namespace, step.Application);
        var wait = options.Value;
        PollOutcome outcome;
        try
        {
            logger.LogInformation(
                "Scaling {Image} of {Workload} to {Replicas} for step {StepIndex} of deployment {DeploymentId}",
                step.Image, workload, step.Replicas, step.StepIndex, step.DeploymentId);
            if (!await cluster.ScaleVersionUnlessRolledBackAsync(workload, step.Image, step.Replicas, null, step.DeploymentId, context.CancellationToken))
            {
                await FailAsync(context, RolledBackText.StepNotApplied(step.DeploymentId, step.StepIndex, step.Image));
                return;
            }

            outcome = await VersionPolling.UntilAsync(
                cluster, time, workload, step.Image, v => (v?.Ready ?? 0) >= step.Replicas || v?.WasRolledBackBy(step.DeploymentId) == true,
                wait.PollInterval, wait.ReadyTimeout, context.CancellationToken);
        }
        catch (Exception ex) when (ClusterFailure.IsExpected(ex, context.CancellationToken))
        {
            await FailAsync(context, ClusterFailure.Describe(ex));
            return;
        }

        if (outcome.Version?.WasRolledBackBy(step.DeploymentId) == true)
        {
            await FailAsync(context, RolledBackText.StepOvertaken(step.DeploymentId, step.StepIndex));
            return;
        }

        if (!outcome.Met)
        {
            await FailAsync(context, ReadinessText.NotReady(step.Image, step.Replicas, outcome.Version, wait.ReadyTimeout));
            return;
        }

        logger.LogInformation(
            "Step {StepIndex} of deployment {DeploymentId} applied: {Ready} pods of {Image} ready",
            step.StepIndex, step.DeploymentId, outcome.Version?.Ready ?? 0, step.Image);
        await context.Publish(new RolloutStepApplied
        {
            DeploymentId = step.DeploymentId,
            StepIndex = step.StepIndex,
            ReadyReplicas = outcome.Version?.Ready ?? 0,
            DesiredReplicas = outcome.Version?.Desired ?? step.Replicas,
            AppliedAt = time.GetUtcNow(),
        });
    }

    private static string? Refusal(ApplyRolloutStep step) =>
        string.IsNullOrWhiteSpace(step.Image) ? "the step names no image"
        : step.Replicas < 0 ? $"replicas must not be negative (got {step.Replicas})"
        : null;

    private async Task FailAsync(ConsumeContext<ApplyRolloutStep> context, string reason)
    {
        var step = context.Message;
        logger.LogWarning("Step {StepIndex} of deployment {DeploymentId} failed: {Reason}", step.StepIndex, step.DeploymentId, reason);
        await context.Publish(new RolloutStepFailed
        {
            DeploymentId = step.DeploymentId,
            StepIndex = step.StepIndex,
            Reason = reason,
            FailedAt = time.GetUtcNow(),
        });
    }
}
