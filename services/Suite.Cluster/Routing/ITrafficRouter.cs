using Suite.Contracts;

namespace Suite.Cluster.Routing;

/// <summary>
/// Routes an application's traffic between its versions (a service mesh's weights, an ingress's canary
/// rules, the simulated cluster's router). Without a route, traffic follows ready pods. Every call sets an
/// absolute state, so repeating one changes nothing.
/// </summary>
public interface ITrafficRouter
{
    /// <summary>
    /// Replaces the application's route with <paramref name="weightPercent"/> percent to <paramref name="image"/>
    /// and/or requests carrying <paramref name="headerRoute"/> to it; both null clears the route.
    /// </summary>
    /// <exception cref="TrafficRoutingUnavailableException">The adapter cannot route this way.</exception>
    Task SetRouteAsync(WorkloadRef workload, string image, int? weightPercent, HeaderRoute? headerRoute, CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="SetRouteAsync"/>, unless a version of the application carries <paramref name="deploymentId"/>'s
    /// rollback mark (<see cref="RollbackMarks"/>): then the route stays as it is and the answer is false. A router that
    /// keeps its routes beside the workloads checks and routes in one step (the simulated cluster); one that cannot,
    /// checks the marks just before routing.
    /// </summary>
    Task<bool> SetRouteUnlessRolledBackAsync(
        WorkloadRef workload, string image, int? weightPercent, HeaderRoute? headerRoute, Guid deploymentId, CancellationToken cancellationToken);

    /// <summary>Removes the application's route, if any: traffic follows ready pods again.</summary>
    Task ClearRouteAsync(WorkloadRef workload, CancellationToken cancellationToken);

    /// <summary>The application's route, or null when traffic follows ready pods.</summary>
    Task<TrafficRoute?> GetRouteAsync(WorkloadRef workload, CancellationToken cancellationToken);
}
