namespace Suite.Cluster.Simulated;

/// <summary>The p95 latency of requests spread evenly over pods that each have their own p95.</summary>
internal static class LatencyMix
{
    /// <summary>
    /// Walks the pods from the slowest down: once they hold 5% of the requests, the p95 of the mix is
    /// about that pod's own, since the 5% slowest requests come from the pods above it.
    /// </summary>
    public static double P95(IReadOnlyList<double> podP95s)
    {
        if (podP95s.Count == 0)
        {
            return 0;
        }

        var slowestFirst = podP95s.OrderDescending().ToList();
        var index = Math.Min(slowestFirst.Count - 1, (int)Math.Ceiling(0.05 * slowestFirst.Count) - 1);
        return slowestFirst[Math.Max(0, index)];
    }
}
