using Suite.Contracts.Traffic;

namespace Suite.Cluster;

/// <summary>Where traffic metrics per version come from (the simulated cluster; Prometheus in production).</summary>
public interface IMetricsSource
{
    /// <summary>The version's traffic now, or null when it serves none.</summary>
    Task<VersionMetrics?> GetVersionMetricsAsync(WorkloadRef workload, string image, CancellationToken cancellationToken);
}
