namespace Suite.Cluster.Simulated;

/// <summary>
/// The simulated cluster's defaults (<c>Suite:Cluster:Simulated</c>): for versions with no
/// <see cref="VersionBehaviour"/> of their own and applications with no traffic set.
/// </summary>
public sealed record SimulatedClusterOptions
{
    public const string SectionName = "Suite:Cluster:Simulated";

    /// <summary>From a pod's creation to its readiness.</summary>
    public TimeSpan StartupDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a pod stays terminating (out of rotation, finishing requests) before it is gone.</summary>
    public TimeSpan TerminationGrace { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Fraction (0–1) of failed requests.</summary>
    public double ErrorRate { get; init; } = 0.002;

    public double P95LatencyMs { get; init; } = 120;

    /// <summary>Requests per second an application receives, split across its versions.</summary>
    public double RequestsPerSecond { get; init; } = 200;

    /// <summary>Fraction (0–1) of an application's requests that carry the header of its header route, when it has one.</summary>
    public double HeaderRequestFraction { get; init; } = 0.1;

    /// <summary>
    /// Smoke-test requests per second sent to a version routed at 0% (a blue-green preview): a real preview
    /// Service is probed by a smoke test, so a pre-promotion gate has something to judge. 0 turns them off.
    /// </summary>
    public double PreviewRequestsPerSecond { get; init; } = 5;
}
