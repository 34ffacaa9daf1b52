namespace Suite.Contracts.Draining;

/// <summary>
/// Take pods of <see cref="Image"/> out of rotation until <see cref="TargetReplicas"/> remain,
/// letting in-flight requests finish before each pod stops.
/// </summary>
public sealed record DrainPods
{
    public Guid DeploymentId { get; init; }
    public string Application { get; init; } = "";
    public string Namespace { get; init; } = "";
    public string Image { get; init; } = "";
    public int StepIndex { get; init; }
    public int TargetReplicas { get; init; }

    /// <summary>Pods to take out first, in this order (Adaptive rolling: <see cref="Planning.PlanStep.RemoveFirst"/>); the cluster picks the rest.</summary>
    public IReadOnlyList<string>? RemoveFirst { get; init; }

    public DateTimeOffset RequestedAt { get; init; }
}

public sealed record PodsDrained
{
    public Guid DeploymentId { get; init; }
    public int StepIndex { get; init; }
    public int RemainingReplicas { get; init; }
    public DateTimeOffset DrainedAt { get; init; }
}

public sealed record DrainFailed
{
    public Guid DeploymentId { get; init; }
    public int StepIndex { get; init; }
    public string Reason { get; init; } = "";
    public DateTimeOffset FailedAt { get; init; }
}
