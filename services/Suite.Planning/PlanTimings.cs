namespace Suite.Planning;

/// <summary>
/// What a plan's expected duration assumes (<c>Suite:Planning</c>): the plan knows its own waits and
/// pauses, but not how fast this cluster starts and stops pods or how long a gate samples.
/// </summary>
public sealed record PlanTimings
{
    public const string SectionName = "Suite:Planning";

    /// <summary>From scaling a version up to its new pods being ready.</summary>
    public TimeSpan PodStartup { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>From scaling a version down to its removed pods having finished their requests.</summary>
    public TimeSpan PodShutdown { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long one quality gate takes to sample and decide.</summary>
    public TimeSpan Analysis { get; init; } = TimeSpan.FromSeconds(3);
}
