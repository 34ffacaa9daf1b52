namespace Suite.Cluster.Simulated;

/// <summary>
/// One pod's life as recorded when the cluster changed it. Its phase at any instant follows from the
/// record alone, so nothing needs a timer.
/// </summary>
internal sealed class PodRecord(string name, string image, long sequence, DateTimeOffset createdAt, DateTimeOffset? readyAt)
{
    public string Name { get; } = name;
    public string Image { get; } = image;

    /// <summary>Creation order across the cluster; breaks ties between pods created at one instant.</summary>
    public long Sequence { get; } = sequence;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    /// <summary>When its readiness probe passes; null for a version that never becomes ready.</summary>
    public DateTimeOffset? ReadyAt { get; } = readyAt;

    public DateTimeOffset? TerminatingAt { get; private set; }

    /// <summary>The pod-deletion-cost annotation: a ReplicaSet scaling down removes lower costs first.</summary>
    public int DeletionCost { get; set; }
    public DateTimeOffset? GoneAt { get; private set; }

    public bool IsTerminating => TerminatingAt is not null;

    public void Terminate(DateTimeOffset at, TimeSpan grace)
    {
        TerminatingAt = at;
        GoneAt = at + grace;
    }

    public bool IsRunningAt(DateTimeOffset t) => CreatedAt <= t && (TerminatingAt is not { } end || t < end);

    public bool IsReadyAt(DateTimeOffset t) => ReadyAt is { } ready && ready <= t && IsRunningAt(t);

    public PodPhase? PhaseAt(DateTimeOffset t) =>
        CreatedAt > t || GoneAt <= t ? null
        : TerminatingAt <= t ? PodPhase.Terminating
        : IsReadyAt(t) ? PodPhase.Ready
        : PodPhase.Starting;

    public SimulatedPod? ToPod(DateTimeOffset t) =>
        PhaseAt(t) is { } phase ? new SimulatedPod(Name, Image, phase, CreatedAt, ReadyAt, TerminatingAt) { DeletionCost = DeletionCost } : null;
}
