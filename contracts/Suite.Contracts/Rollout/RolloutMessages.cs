namespace Suite.Contracts.Rollout;

/// <summary>Scale the new version up to <see cref="Replicas"/> and report when they are ready.</summary>
public sealed record ApplyRolloutStep
{
    public Guid DeploymentId { get; init; }
    public string Application { get; init; } = "";
    public string Namespace { get; init; } = "";
    public string Image { get; init; } = "";
    public int StepIndex { get; init; }
    public int Replicas { get; init; }
    public DateTimeOffset RequestedAt { get; init; }
}

public sealed record RolloutStepApplied
{
    public Guid DeploymentId { get; init; }
    public int StepIndex { get; init; }
    public int ReadyReplicas { get; init; }
    public int DesiredReplicas { get; init; }
    public DateTimeOffset AppliedAt { get; init; }
}

public sealed record RolloutStepFailed
{
    public Guid DeploymentId { get; init; }
    public int StepIndex { get; init; }
    public string Reason { get; init; } = "";
    public DateTimeOffset FailedAt { get; init; }
}

/// <summary>
/// Bring <see cref="PreviousImage"/> back to <see cref="PreviousReplicas"/> ready pods, then
/// scale <see cref="Image"/> (the bad version) to zero.
/// </summary>
public sealed record RollBackDeployment
{
    public Guid DeploymentId { get; init; }
    public string Application { get; init; } = "";
    public string Namespace { get; init; } = "";
    public string Image { get; init; } = "";
    public string? PreviousImage { get; init; }
    public int PreviousReplicas { get; init; }
    public string Reason { get; init; } = "";
    public DateTimeOffset RequestedAt { get; init; }
}

public sealed record RollbackApplied
{
    public Guid DeploymentId { get; init; }
    public int RestoredReplicas { get; init; }
    public DateTimeOffset AppliedAt { get; init; }
}

public sealed record RollbackFailed
{
    public Guid DeploymentId { get; init; }
    public string Reason { get; init; } = "";
    public DateTimeOffset FailedAt { get; init; }
}
