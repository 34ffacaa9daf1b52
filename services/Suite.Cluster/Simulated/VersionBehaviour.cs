namespace Suite.Cluster.Simulated;

/// <summary>
/// How a version (image) behaves in the simulated cluster: "v2 returns 5% errors" is
/// <c>new VersionBehaviour(0.05, 120)</c>. <paramref name="StartupDelay"/> overrides the cluster's;
/// a <paramref name="NeverReady"/> version's pods never pass their readiness probe.
/// </summary>
public sealed record VersionBehaviour(double ErrorRate, double P95LatencyMs, TimeSpan? StartupDelay = null, bool NeverReady = false);
