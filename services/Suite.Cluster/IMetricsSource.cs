using Suite.Contracts.Traffic;

namespace Suite.Cluster;

/// <summary>Where traffic metrics per version come from (the simulated cluster; Prometheus in production).</summary>
public interface IMetricsSource
{
    /// <summary>The version's traffic now, or null when it serves none.</summary>
    Task<VersionMetrics?> GetVersionMetricsAsync(WorkloadRef workload, string image, CancellationToken cancellationToken);

    /// <summary>
    /// Each ready pod of the version with its own metrics, for strategies that treat pods unequally
    /// (Adaptive rolling). Empty when the source cannot tell pods apart, which is the default so
    /// that a source without per-pod metrics needs no change.
    /// </summary>
    Task<IReadOnlyList<PodMetrics>> GetPodMetricsAsync(WorkloadRef workload, string image, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PodMetrics>>([]);
}
