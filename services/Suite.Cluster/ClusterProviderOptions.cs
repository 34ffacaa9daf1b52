namespace Suite.Cluster;

/// <summary>Which cluster adapter serves <see cref="IClusterGateway"/> (<c>Suite:Cluster:Provider</c>).</summary>
public sealed class ClusterProviderOptions
{
    public const string SectionName = "Suite:Cluster";
    public const string Simulated = "Simulated";
    public const string Kubernetes = "Kubernetes";

    public static IReadOnlyList<string> All { get; } = [Simulated, Kubernetes];

    /// <summary><c>Simulated</c> (default, in-process) | <c>Kubernetes</c> (REST adapter).</summary>
    public string Provider { get; set; } = Simulated;
}
