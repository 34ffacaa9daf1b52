namespace Suite.Cluster.Simulated;

/// <summary>How one pod behaves, over its version's <see cref="VersionBehaviour"/>: a pod on a bad node, a leaking one.</summary>
public sealed record PodBehaviour(double ErrorRate, double P95LatencyMs);
