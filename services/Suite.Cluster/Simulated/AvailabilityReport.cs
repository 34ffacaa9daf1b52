namespace Suite.Cluster.Simulated;

/// <summary>
/// The extremes of an application's pods between <see cref="Since"/> and <see cref="Until"/>, over all
/// its versions: the fewest ready pods and the most existing, non-terminating (running) ones at any instant.
/// </summary>
public sealed record AvailabilityReport(
    DateTimeOffset Since,
    DateTimeOffset Until,
    int MinReady,
    DateTimeOffset MinReadyAt,
    int MaxRunning,
    DateTimeOffset MaxRunningAt);
