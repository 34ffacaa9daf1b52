namespace Suite.Cluster.Waiting;

/// <summary>Asks the cluster about one version, an interval apart, until a condition holds or time runs out.</summary>
public static class VersionPolling
{
    public static async Task<PollOutcome> UntilAsync(
        IClusterGateway cluster,
        TimeProvider time,
        WorkloadRef workload,
        string image,
        Func<VersionStatus?, bool> condition,
        TimeSpan interval,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + timeout;
        while (true)
        {
            var version = (await cluster.GetWorkloadAsync(workload, cancellationToken)).Version(image);
            if (condition(version))
            {
                return new PollOutcome(true, version);
            }

            var remaining = deadline - time.GetUtcNow();
            if (remaining <= TimeSpan.Zero)
            {
                return new PollOutcome(false, version);
            }

            // The last wait is cut to the deadline so that the timeout is judged on a fresh look, not a stale one.
            await Task.Delay(interval < remaining ? interval : remaining, time, cancellationToken);
        }
    }
}
