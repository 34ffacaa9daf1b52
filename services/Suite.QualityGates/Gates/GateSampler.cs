using Suite.Cluster;
using Suite.Cluster.Metrics;
using Suite.Contracts.Traffic;

namespace Suite.QualityGates.Gates;

/// <summary>
/// Samples a version <see cref="QualityGatesOptions.Samples"/> times, an interval apart, then goes on sampling while the
/// samples cover fewer than <see cref="GateThresholds.MinRequests"/> requests, for at most
/// <see cref="QualityGatesOptions.MaxInconclusiveWait"/> more: a thin canary is judged on enough requests, not on a few.
/// </summary>
internal sealed class GateSampler(IMetricsSource metrics, TimeProvider time, QualityGatesOptions options, GateThresholds thresholds)
{
    public async Task<GateSample> SampleAsync(WorkloadRef workload, string image, bool untilConclusive, CancellationToken cancellationToken)
    {
        var taken = new List<VersionMetrics?>();
        var interval = options.SampleInterval;
        DateTimeOffset? giveUpAt = null;
        while (true)
        {
            if (taken.Count > 0)
            {
                await Task.Delay(interval, time, cancellationToken);
            }

            taken.Add(await metrics.GetVersionMetricsAsync(workload, image, cancellationToken));
            if (taken.Count < Math.Max(1, options.Samples))
            {
                continue;
            }

            var sample = new GateSample(MetricsAverage.Of(image, taken), taken.Count * interval);
            giveUpAt ??= time.GetUtcNow() + options.MaxInconclusiveWait;
            if (!untilConclusive || GateEvidence.Requests(sample.Observed, sample.Watched) >= thresholds.MinRequests || time.GetUtcNow() >= giveUpAt)
            {
                return sample;
            }
        }
    }
}
