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
/// Switch all traffic back to <see cref="PreviousImage"/> at once where it still has ready pods
/// (blue-green, canary, a warm previous version), bring it back to <see cref="PreviousReplicas"/>
/// ready pods, then scale <see cref="Image"/> (the bad version) to zero and clear the route.
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

    /// <summary>When the previous version was serving all traffic again at full strength.</summary>
    public DateTimeOffset? FullyServingAt { get; init; }

    /// <summary>
    /// When all traffic went to the previous version: at once where it still had ready pods (a warm version, a canary's
    /// stable one, a rolling update part-way), else once it was back. Added later; absent from older services.
    /// </summary>
    public DateTimeOffset? TrafficSwitchedAt { get; init; }

    /// <summary>When the Rollout service asked the cluster to bring the previous version back to full strength. Added later.</summary>
    public DateTimeOffset? RestoreStartedAt { get; init; }

    /// <summary>
    /// When the latest of the previous version's ready pods became ready, as the cluster records its pods: after
    /// <see cref="RestoreStartedAt"/> when pods had to start, before it when the version was still at full strength.
    /// The difference is the cluster's own pod start-up; the rest of the rollback is Suite's. Added later.
    /// </summary>
    public DateTimeOffset? PreviousReadyAt { get; init; }

    public DateTimeOffset AppliedAt { get; init; }
}

public sealed record RollbackFailed
{
    public Guid DeploymentId { get; init; }
    public string Reason { get; init; } = "";
    public DateTimeOffset FailedAt { get; init; }
}

/// <summary>
/// Route traffic between the versions of an application: <see cref="WeightPercent"/> percent to
/// <see cref="Image"/> (the rest to the others) and/or requests with <see cref="HeaderRoute"/> to it.
/// Both absent clears the route: traffic follows ready pods again. Idempotent (sets, never adds).
/// </summary>
public sealed record SetTrafficRoute
{
    public Guid DeploymentId { get; init; }
    public string Application { get; init; } = "";
    public string Namespace { get; init; } = "";
    public string Image { get; init; } = "";
    public int StepIndex { get; init; }
    public int? WeightPercent { get; init; }
    public HeaderRoute? HeaderRoute { get; init; }
    public DateTimeOffset RequestedAt { get; init; }
}

public sealed record TrafficRouteSet
{
    public Guid DeploymentId { get; init; }
    public int StepIndex { get; init; }
    public int? WeightPercent { get; init; }
    public DateTimeOffset SetAt { get; init; }
}

public sealed record TrafficRouteFailed
{
    public Guid DeploymentId { get; init; }
    public int StepIndex { get; init; }
    public string Reason { get; init; } = "";
    public DateTimeOffset FailedAt { get; init; }
}

/// <summary>
/// The end of a rollback window: scale <see cref="PreviousImage"/> (warm, serving nothing) to zero
/// and leave all traffic on <see cref="Image"/> with no route left behind.
/// </summary>
public sealed record RetirePreviousVersion
{
    public Guid DeploymentId { get; init; }
    public string Application { get; init; } = "";
    public string Namespace { get; init; } = "";
    public string Image { get; init; } = "";
    public string? PreviousImage { get; init; }
    public DateTimeOffset RequestedAt { get; init; }
}

public sealed record PreviousVersionRetired
{
    public Guid DeploymentId { get; init; }
    public DateTimeOffset RetiredAt { get; init; }
}
