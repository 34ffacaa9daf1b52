using Suite.Contracts.Traffic;

namespace Suite.Cluster.Metrics;

/// <summary>Folds several samples of one version into one, so that a blip neither becomes the baseline nor decides a gate.</summary>
public static class MetricsAverage
{
    /// <summary>
    /// Mean requests per second (a missing sample counts as no traffic), request-weighted error
    /// rate, worst p95; null when no sample saw the version serve.
    /// </summary>
    public static VersionMetrics? Of(string image, IReadOnlyList<VersionMetrics?> samples)
    {
        var seen = samples.OfType<VersionMetrics>().ToList();
        if (seen.Count == 0)
        {
            return null;
        }

        var requests = seen.Sum(s => s.RequestsPerSecond);
        return new VersionMetrics
        {
            Image = image,
            RequestsPerSecond = requests / samples.Count,
            ErrorRate = requests > 0 ? seen.Sum(s => s.RequestsPerSecond * s.ErrorRate) / requests : seen.Average(s => s.ErrorRate),
            P95LatencyMs = seen.Max(s => s.P95LatencyMs),
            SampledAt = seen.Max(s => s.SampledAt),
        };
    }
}
