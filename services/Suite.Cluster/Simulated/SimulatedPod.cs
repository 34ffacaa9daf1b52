namespace Suite.Cluster.Simulated;

/// <summary>A pod of the simulated cluster as it is now.</summary>
public sealed record SimulatedPod(
    string Name,
    string Image,
    PodPhase Phase,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ReadyAt,
    DateTimeOffset? TerminatingAt)
{
    /// <summary>Its pod-deletion-cost annotation (0 when it has none).</summary>
    public int DeletionCost { get; init; }
}
