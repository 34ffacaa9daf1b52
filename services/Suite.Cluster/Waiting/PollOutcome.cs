namespace Suite.Cluster.Waiting;

/// <summary>Whether the awaited condition held, and the version as last seen (null when it has no workload).</summary>
public sealed record PollOutcome(bool Met, VersionStatus? Version);
