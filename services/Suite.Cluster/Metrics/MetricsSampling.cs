using Suite.Contracts.Traffic;

namespace Suite.Cluster.Metrics;

/// <summary>Takes a version's metrics several times, an interval apart, and averages them.</summary>
public static class MetricsSampling
{
    public static async Task<VersionMetrics?> AverageAsync(
        IMetricsSource source, WorkloadRef workload, string image, int samples, TimeSpan interval, TimeProvider time, CancellationToken cancellationToken)
    {
        var taken = new List<VersionMetrics?>();
        for (var i = 0; i < Math.Max(1, samples); i++)
        {
            if (i > 0)
            {
                await Task.Delay(interval, time, cancellationToken);
            }

            taken.Add(await source.GetVersionMetricsAsync(workload, image, cancellationToken));
        }

        return MetricsAverage.Of(image, taken);
    }
}
