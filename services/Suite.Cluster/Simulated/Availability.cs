namespace Suite.Cluster.Simulated;

/// <summary>
/// Finds the extremes of ready and running pods exactly: the counts change only at a pod's creation,
/// readiness or termination, so evaluating every such instant (after all changes made at it) covers
/// every instant.
/// </summary>
internal static class Availability
{
    public static AvailabilityReport Compute(IReadOnlyCollection<PodRecord> pods, DateTimeOffset since, DateTimeOffset now)
    {
        var from = since <= now ? since : now;
        var instants = pods
            .SelectMany(p => new[] { p.CreatedAt, p.ReadyAt, p.TerminatingAt })
            .OfType<DateTimeOffset>()
            .Where(t => t > from && t <= now)
            .Append(from)
            .Distinct()
            .Order();

        var (minReady, minReadyAt, maxRunning, maxRunningAt) = (int.MaxValue, from, int.MinValue, from);
        foreach (var t in instants)
        {
            var ready = pods.Count(p => p.IsReadyAt(t));
            var running = pods.Count(p => p.IsRunningAt(t));
            if (ready < minReady)
            {
                (minReady, minReadyAt) = (ready, t);
            }

            if (running > maxRunning)
            {
                (maxRunning, maxRunningAt) = (running, t);
            }
        }

        return new AvailabilityReport(from, now, minReady, minReadyAt, maxRunning, maxRunningAt);
    }
}
