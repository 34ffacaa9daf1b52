using Suite.Cluster;

namespace Suite.Planning;

/// <summary>Reads a <see cref="PlanInput"/> off a request and the cluster's state.</summary>
internal static class PlanInputs
{
    public static PlanInput From(PlanDeployment request, WorkloadStatus status)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(status);
        var current = status.Serving(exceptImage: request.Image);
        var requested = status.Version(request.Image);
        return new PlanInput
        {
            Strategy = request.Strategy,
            Replicas = request.Replicas ?? DefaultReplicas(current, requested),
            MaxSurge = request.MaxSurge,
            MaxUnavailable = request.MaxUnavailable,
            CurrentImage = current?.Image,
            CurrentReplicas = current?.Ready ?? 0,
            Image = request.Image,
            ImageReplicas = requested?.Ready ?? 0,
        };
    }

    // Without a count in the request the application keeps the size it was given, which lives in
    // the desired count of the version serving now (or of the requested one, when it alone runs).
    private static int DefaultReplicas(VersionStatus? current, VersionStatus? requested) =>
        current is { Desired: > 0 } ? current.Desired
        : requested is { Desired: > 0 } ? requested.Desired
        : 1;
}
