using MassTransit;
using Microsoft.Extensions.Logging;
using Suite.Cluster;
using Suite.Cluster.Routing;
using Suite.Contracts.Rollout;

namespace Suite.Rollout.Routing;

/// <summary>
/// Sets (or, with neither weight nor header, clears) the application's traffic route. Refuses to send
/// requests to a version without a ready pod, or to keep them off it when no other version has one,
/// since a real router would fail those requests. Sets absolute state, so a redelivery changes nothing; a route of
/// a deployment that was rolled back meanwhile is not set (the rollback's route stands) and fails.
/// </summary>
public sealed class SetTrafficRouteConsumer(
    IClusterGateway cluster, ITrafficRouter router, TimeProvider time, ILogger<SetTrafficRouteConsumer> logger) : IConsumer<SetTrafficRoute>
{
    public async Task Consume(ConsumeContext<SetTrafficRoute> context)
    {
        var route = context.Message;
        var workload = new WorkloadRef(route.Namespace, route.Application);
        try
        {
            var refusal = Refusal(route);
            if (refusal is null && (route.WeightPercent is not null || route.HeaderRoute is not null))
            {
                refusal = Unservable(route, await cluster.GetWorkloadAsync(workload, context.CancellationToken));
            }

            if (refusal is not null)
            {
                await FailAsync(context, refusal);
                return;
            }

            if (!await router.SetRouteUnlessRolledBackAsync(workload, route.Image, route.WeightPercent, route.HeaderRoute, route.DeploymentId, context.CancellationToken))
            {
                await FailAsync(context, RolledBackText.RouteNotSet(route.DeploymentId, route.StepIndex));
                return;
            }
        }
        catch (Exception ex) when (ClusterFailure.IsExpected(ex, context.CancellationToken))
        {
            await FailAsync(context, ClusterFailure.Describe(ex));
            return;
        }

        logger.LogInformation(
            "Traffic of {Workload} for step {StepIndex} of deployment {DeploymentId}: {WeightPercent}% and header {HeaderRoute} to {Image}",
            workload, route.StepIndex, route.DeploymentId, route.WeightPercent, route.HeaderRoute?.Name, route.Image);
        await context.Publish(new TrafficRouteSet
        {
            DeploymentId = route.DeploymentId,
            StepIndex = route.StepIndex,
            WeightPercent = route.WeightPercent,
            SetAt = time.GetUtcNow(),
        });
    }

    private static string? Refusal(SetTrafficRoute route) =>
        string.IsNullOrWhiteSpace(route.Image) ? "the route names no image"
        : route.WeightPercent is < 0 or > 100 ? $"weight must be between 0 and 100 (got {route.WeightPercent})"
        : route.HeaderRoute is { } h && (string.IsNullOrWhiteSpace(h.Name) || string.IsNullOrEmpty(h.Value)) ? "a header route needs a name and a value"
        : null;

    private static string? Unservable(SetTrafficRoute route, WorkloadStatus status)
    {
        var target = status.Version(route.Image)?.Ready ?? 0;
        var others = status.Versions.Where(v => v.Image != route.Image).Sum(v => v.Ready);
        var toTarget = route.WeightPercent is > 0 ? $"{route.WeightPercent}% of traffic" : route.HeaderRoute is { } h ? $"requests with {h.Name}" : null;
        if (toTarget is not null && target == 0)
        {
            return $"cannot send {toTarget} to {route.Image}: it has no ready pod";
        }

        return route.WeightPercent is not 100 && others == 0
            ? $"cannot keep traffic off {route.Image}: no other version of {status.Workload} has a ready pod"
            : null;
    }

    private async Task FailAsync(ConsumeContext<SetTrafficRoute> context, string reason)
    {
        var route = context.Message;
        logger.LogWarning("Route for step {StepIndex} of deployment {DeploymentId} failed: {Reason}", route.StepIndex, route.DeploymentId, reason);
        await context.Publish(new TrafficRouteFailed
        {
            DeploymentId = route.DeploymentId,
            StepIndex = route.StepIndex,
            Reason = reason,
            FailedAt = time.GetUtcNow(),
        });
    }
}
