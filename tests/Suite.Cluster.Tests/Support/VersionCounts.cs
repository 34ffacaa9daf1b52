namespace Suite.Cluster.Tests;

internal static class VersionCounts
{
    /// <summary>The version's pod counts alone, for comparing with an expected <see cref="VersionStatus"/> whose times and marks are not the point.</summary>
    public static VersionStatus? Counts(this VersionStatus? version) => version is null ? null : version with { LastReadyAt = null, RolledBack = [] };
}
