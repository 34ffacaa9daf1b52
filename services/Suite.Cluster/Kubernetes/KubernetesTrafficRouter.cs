using Suite.Cluster.Routing;
using Suite.Contracts;

namespace Suite.Cluster.Kubernetes;

/// <summary>
/// The Kubernetes provider's router until a mesh or ingress adapter exists: one Service selects every
/// version, so traffic follows ready pods and nothing else. Clearing a route is therefore always done;
/// setting a weight or a header route is refused with what to use instead, rather than approximated.
/// </summary>
public sealed class KubernetesTrafficRouter : ITrafficRouter
{
    public const string Unavailable =
        "traffic routing by weight is not available with the Kubernetes provider yet; use the Simulated provider or a Rolling/Recreate strategy";

    public Task SetRouteAsync(WorkloadRef workload, string image, int? weightPercent, HeaderRoute? headerRoute, CancellationToken cancellationToken) =>
        weightPercent is null && headerRoute is null
            ? Task.CompletedTask
            : throw new TrafficRoutingUnavailableException(Unavailable);

    /// <summary>The only route this router sets is none, which a rollback's late command may set harmlessly: the rollback drops the route too.</summary>
    public async Task<bool> SetRouteUnlessRolledBackAsync(
        WorkloadRef workload, string image, int? weightPercent, HeaderRoute? headerRoute, Guid deploymentId, CancellationToken cancellationToken)
    {
        await SetRouteAsync(workload, image, weightPercent, headerRoute, cancellationToken);
        return true;
    }

    public Task ClearRouteAsync(WorkloadRef workload, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<TrafficRoute?> GetRouteAsync(WorkloadRef workload, CancellationToken cancellationToken) => Task.FromResult<TrafficRoute?>(null);
}
