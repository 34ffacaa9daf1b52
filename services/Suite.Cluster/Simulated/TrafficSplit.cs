using Suite.Cluster.Routing;

namespace Suite.Cluster.Simulated;

/// <summary>
/// Where an application's requests go. Without a route, by ready pods. With a route, requests carrying
/// its header (a <see cref="SimulatedClusterOptions.HeaderRequestFraction"/> of them) go to the route's
/// image, then its weight of the rest (none of the rest with a header route alone); every other version
/// shares what is left by its ready pods. A side with no ready pod cannot take requests, so its share
/// goes to the other side, as a Service with no endpoints on one side would leave only the other.
/// </summary>
internal static class TrafficSplit
{
    public static Dictionary<string, double> RequestsPerSecond(
        IReadOnlyList<(string Image, int Ready)> versions, TrafficRoute? route, double requestsPerSecond, SimulatedClusterOptions options)
    {
        var allReady = versions.Sum(v => v.Ready);
        var split = versions.ToDictionary(v => v.Image, _ => 0.0, StringComparer.Ordinal);
        if (allReady == 0)
        {
            return split;
        }

        if (route is null)
        {
            foreach (var (image, ready) in versions)
            {
                split[image] = requestsPerSecond * ready / allReady;
            }

            return split;
        }

        var target = versions.Where(v => v.Image == route.Image).Sum(v => v.Ready);
        var others = allReady - target;
        var withHeader = route.HeaderRoute is null ? 0 : options.HeaderRequestFraction;
        var toTarget = withHeader + (1 - withHeader) * (route.WeightPercent ?? 0) / 100.0;
        toTarget = target == 0 ? 0 : others == 0 ? 1 : toTarget;

        foreach (var (image, ready) in versions)
        {
            split[image] = image == route.Image
                ? requestsPerSecond * toTarget
                : requestsPerSecond * (1 - toTarget) * ready / Math.Max(1, others);
        }

        if (route is { WeightPercent: 0, HeaderRoute: null } && target > 0 && split.ContainsKey(route.Image))
        {
            split[route.Image] += options.PreviewRequestsPerSecond;
        }

        return split;
    }
}
