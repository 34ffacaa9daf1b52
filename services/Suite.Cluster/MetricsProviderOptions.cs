namespace Suite.Cluster;

/// <summary>Where <see cref="IMetricsSource"/> reads from (<c>Suite:Metrics:Provider</c>).</summary>
public sealed class MetricsProviderOptions
{
    public const string SectionName = "Suite:Metrics";
    public const string Cluster = "Cluster";
    public const string Simulator = "Simulator";

    public static IReadOnlyList<string> All { get; } = [Cluster, Simulator];

    /// <summary><c>Cluster</c> (default: the in-process simulated cluster) | <c>Simulator</c> (a simulator over HTTP).</summary>
    public string Provider { get; set; } = Cluster;
}
