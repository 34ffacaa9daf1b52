namespace Suite.Cluster.Simulated;

/// <summary>Where the simulator serves metrics (<c>Suite:Metrics:Simulator</c>); the URL defaults to the Kubernetes API server's.</summary>
public sealed class SimulatorMetricsOptions
{
    public const string SectionName = "Suite:Metrics:Simulator";

    public string? Url { get; set; }
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(5);
    public int MaxRetryAttempts { get; set; } = 3;
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);
}
