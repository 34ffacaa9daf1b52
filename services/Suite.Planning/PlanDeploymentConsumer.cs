using Microsoft.Extensions.Options;
using Suite.Cluster;
using Suite.Cluster.Routing;

namespace Suite.Planning;

/// <summary>
/// Plans a deployment from the cluster as it is now and publishes <see cref="DeploymentPlanned"/>,
/// or <see cref="PlanningFailed"/> with every reason. Reads the cluster, its route (the version a route sends
/// all traffic to is the current one, even beside a warm previous version with as many pods) and, for
/// Adaptive rolling, the current version's per-pod metrics; changes nothing, so a redelivered command plans
/// again from the same state.
/// </summary>
public sealed partial class PlanDeploymentConsumer(
    IClusterGateway cluster, ITrafficRouter router, IMetricsSource metrics, IOptions<PlanTimings> timings, TimeProvider time,
    ILogger<PlanDeploymentConsumer> logger)
    : IConsumer<PlanDeployment>
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
        TrafficRoute? route;
        try
        {
            status = await cluster.GetWorkloadAsync(workload, context.CancellationToken);
            route = await router.GetRouteAsync(workload, context.CancellationToken);
        }
        catch (Exception ex) when (!context.CancellationToken.IsCancellationRequested)
        {
            await Fail(context, $"could not read {workload} from the cluster: {ex.Message}");
            return;
        }

        var current = PlanInputs.Current(request, status, route);
        var pods = await CurrentPodsAsync(request, workload, current, context.CancellationToken);
        var input = PlanInputs.From(request, status, route, pods, timings.Value);
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
            ScaleDownDelay = result.ScaleDownDelay,
            MinAvailable = result.MinAvailable,
            MaxTotal = result.MaxTotal,
            ExpectedDuration = result.ExpectedDuration,
            PlannedAt = time.GetUtcNow(),
        });
    }

    // Without per-pod metrics Adaptive still plans, as Balanced batches in which the cluster picks the pods.
    private async Task<IReadOnlyList<PodMetrics>> CurrentPodsAsync(
        PlanDeployment request, WorkloadRef workload, VersionStatus? current, CancellationToken cancellationToken)
    {
        if (!PlanInputs.NeedsPodMetrics(request) || current is null)
        {
            return [];
        }

        try
        {
            return await metrics.GetPodMetricsAsync(workload, current.Image, cancellationToken);
        }
        catch (Exception ex) when (ClusterFailure.IsExpected(ex, cancellationToken))
        {
            LogNoPodMetrics(request.DeploymentId, current.Image, ClusterFailure.Describe(ex));
            return [];
        }
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

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Deployment {DeploymentId}: no per-pod metrics of {CurrentImage} ({Reason}); Adaptive lets the cluster pick which pods go")]
    private partial void LogNoPodMetrics(Guid deploymentId, string currentImage, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deployment {DeploymentId} could not be planned: {Reason}")]
    private partial void LogFailed(Guid deploymentId, string reason);
}
