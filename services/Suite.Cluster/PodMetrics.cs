namespace Suite.Cluster;

/// <summary>One ready pod's share of its version's traffic, as observed now.</summary>
public sealed record PodMetrics
{
    public string Name { get; init; } = "";
    public string Image { get; init; } = "";
    public double RequestsPerSecond { get; init; }

    /// <summary>Fraction (0–1) of the pod's requests that failed.</summary>
    public double ErrorRate { get; init; }

    public double P95LatencyMs { get; init; }
    public DateTimeOffset SampledAt { get; init; }
}
