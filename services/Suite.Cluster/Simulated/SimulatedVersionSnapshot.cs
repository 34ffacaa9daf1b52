namespace Suite.Cluster.Simulated;

/// <summary>A version's workload at one instant, as the simulated API server shows it.</summary>
internal sealed record SimulatedVersionSnapshot(
    WorkloadRef Workload,
    string Image,
    string DeploymentName,
    int Desired,
    long Generation,
    long ResourceVersion,
    DateTimeOffset CreatedAt,
    IReadOnlyList<SimulatedPod> Pods)
{
    public IReadOnlyDictionary<string, string> Annotations { get; init; } = new Dictionary<string, string>();

    public int Count(PodPhase phase) => Pods.Count(p => p.Phase == phase);
}
