namespace Suite.Contracts.Traffic;

/// <summary>One version's traffic as observed: requests per second, share of 5xx, p95 latency.</summary>
public sealed record VersionMetrics
{
    public string Image { get; init; } = "";
    public double RequestsPerSecond { get; init; }

    /// <summary>Fraction (0–1) of requests that failed.</summary>
    public double ErrorRate { get; init; }

    public double P95LatencyMs { get; init; }
    public DateTimeOffset SampledAt { get; init; }
}

/// <summary>Asks for the application's traffic as it is before the deployment changes anything.</summary>
public sealed record AnalyzeTraffic
{
    public Guid DeploymentId { get; init; }
    public string Application { get; init; } = "";
    public string Namespace { get; init; } = "";
    public DateTimeOffset RequestedAt { get; init; }
}

/// <summary>The baseline the gates compare the new version against. <see cref="Baseline"/> is null when the application serves no traffic yet.</summary>
public sealed record TrafficAnalyzed
{
    public Guid DeploymentId { get; init; }
    public string? CurrentImage { get; init; }
    public VersionMetrics? Baseline { get; init; }
    public DateTimeOffset AnalyzedAt { get; init; }
}

public sealed record TrafficAnalysisFailed
{
    public Guid DeploymentId { get; init; }
    public string Reason { get; init; } = "";
    public DateTimeOffset FailedAt { get; init; }
}
