using Suite.Cluster;

namespace Suite.Planning;

/// <summary>
/// Plans a deployment from the cluster as it is now and publishes <see cref="DeploymentPlanned"/>,
/// or <see cref="PlanningFailed"/> with every reason. Reads the cluster and changes nothing, so a
/// redelivered command plans again from the same state.
/// </summary>
public sealed partial class PlanDeploymentConsumer(
    IClusterGateway cluster, TimeProvider time, ILogger<PlanDeploymentConsumer> logger) : IConsumer<PlanDeployment>
{
    public async Task Consume(ConsumeContext<PlanDeployment> context)
    {
        var request = context.Message;
        if (string.IsNullOrWhiteSpace(request.Namespace) || string.IsNullOrWhiteSpace(request.Application))
        {
            await Fail(context, "application and namespace are required");
            return;
        }

        var workload = new WorkloadRef(request.Namespace, request.Application);
        WorkloadStatus status;
        try
        {
            status = await cluster.GetWorkloadAsync(workload, context.CancellationToken);
        }
        catch (Exception ex) when (!context.CancellationToken.IsCancellationRequested)
        {
            await Fail(context, $"could not read {workload} from the cluster: {ex.Message}");
            return;
        }

        var input = PlanInputs.From(request, status);
        var result = DeploymentPlanner.Plan(input);
        if (!result.Succeeded)
        {
            await Fail(context, string.Join("; ", result.Errors));
            return;
        }

        LogPlanned(request.DeploymentId, result.Steps.Count, result.Strategy, input.CurrentImage, input.CurrentReplicas);
        await context.Publish(new DeploymentPlanned
        {
            DeploymentId = request.DeploymentId,
            Strategy = result.Strategy,
            PreviousImage = input.CurrentImage,
            PreviousReplicas = input.CurrentReplicas,
            DesiredReplicas = result.DesiredReplicas,
            MaxSurge = result.MaxSurge,
            MaxUnavailable = result.MaxUnavailable,
            Steps = result.Steps,
            PlannedAt = time.GetUtcNow(),
        });
    }

    private async Task Fail(ConsumeContext<PlanDeployment> context, string reason)
    {
        LogFailed(context.Message.DeploymentId, reason);
        await context.Publish(new PlanningFailed
        {
            DeploymentId = context.Message.DeploymentId,
            Reason = reason,
            FailedAt = time.GetUtcNow(),
        });
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Deployment {DeploymentId} planned in {StepCount} {Strategy} steps from {CurrentImage} at {CurrentReplicas} ready")]
    private partial void LogPlanned(Guid deploymentId, int stepCount, string strategy, string? currentImage, int currentReplicas);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deployment {DeploymentId} could not be planned: {Reason}")]
    private partial void LogFailed(Guid deploymentId, string reason);
}
