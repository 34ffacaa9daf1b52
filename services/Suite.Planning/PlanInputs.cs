using Suite.Cluster;
using Suite.Cluster.Routing;

namespace Suite.Planning;

/// <summary>Reads a <see cref="PlanInput"/> off a request and the cluster's state.</summary>
internal static class PlanInputs
{
    public static PlanInput From(PlanDeployment request, WorkloadStatus status, TrafficRoute? route, IReadOnlyList<PodMetrics> currentPods, PlanTimings timings)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(status);
        var current = Current(request, status, route);
        var requested = status.Version(request.Image);
        return new PlanInput
        {
            Strategy = request.Strategy,
            Replicas = request.Replicas ?? DefaultReplicas(current, requested),
            MaxSurge = request.MaxSurge,
            MaxUnavailable = request.MaxUnavailable,
            Preset = request.Preset,
            CanarySteps = request.CanarySteps,
            HeaderRoute = request.HeaderRoute,
            ExperimentDuration = request.ExperimentDuration,
            BlueGreen = request.BlueGreen,
            StabilizationWait = request.StabilizationWait,
            CurrentImage = current?.Image,
            CurrentReplicas = current?.Ready ?? 0,
            CurrentPods = currentPods,
            Image = request.Image,
            ImageReplicas = requested?.Ready ?? 0,
            Timings = timings,
        };
    }

    /// <summary>
    /// The version serving now: the one a route sends all traffic to (a warm previous version beside it
    /// serves nothing), or else the one with the most ready pods.
    /// </summary>
    public static VersionStatus? Current(PlanDeployment request, WorkloadStatus status, TrafficRoute? route) =>
        route is { WeightPercent: 100, HeaderRoute: null } && route.Image != request.Image && status.Version(route.Image) is { Ready: > 0 } routed
            ? routed
            : status.Serving(exceptImage: request.Image);

    /// <summary>Only Adaptive rolling looks at single pods; every other plan saves the cluster the question.</summary>
    public static bool NeedsPodMetrics(PlanDeployment request) =>
        DeploymentStrategies.Normalize(request.Strategy) is null or DeploymentStrategies.Rolling
        && StrategyPresets.Normalize(request.Preset, StrategyPresets.Rolling) == StrategyPresets.Adaptive;

    // Without a count in the request the application keeps the size it was given, which lives in
    // the desired count of the version serving now (or of the requested one, when it alone runs).
    private static int DefaultReplicas(VersionStatus? current, VersionStatus? requested) =>
        current is { Desired: > 0 } ? current.Desired
        : requested is { Desired: > 0 } ? requested.Desired
        : 1;
}
