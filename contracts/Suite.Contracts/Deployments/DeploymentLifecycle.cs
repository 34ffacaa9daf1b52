namespace Suite.Contracts;

// Lifecycle events the saga publishes. Subscribers may rely on these names and fields.

public sealed record DeploymentAccepted
{
    public Guid DeploymentId { get; init; }
    public string Application { get; init; } = "";
    public string Namespace { get; init; } = "";
    public string Environment { get; init; } = "";
    public string Image { get; init; } = "";
    public string Strategy { get; init; } = "";
    public string RequestedBy { get; init; } = "";

    /// <summary>The deployment this one runs again (<see cref="RetryDeployment"/>); null for a first request.</summary>
    public Guid? RetryOf { get; init; }

    public DateTimeOffset OccurredAt { get; init; }
}

/// <summary>The request was refused; <see cref="Errors"/> lists every reason, one line each.</summary>
public sealed record DeploymentRejected
{
    public Guid DeploymentId { get; init; }
    public string Application { get; init; } = "";
    public string Namespace { get; init; } = "";
    public string Environment { get; init; } = "";
    public IReadOnlyList<string> Errors { get; init; } = [];
    public DateTimeOffset OccurredAt { get; init; }
}

/// <summary>
/// The deployment holds: its compliance window is closed (until <see cref="ReopensAt"/>, when known), or
/// it waits for a second person's approval (<see cref="Reason"/> starts "awaiting approval").
/// </summary>
public sealed record DeploymentWaitingForWindow
{
    /// <summary>How <see cref="Reason"/> starts when the deployment waits for a second person's approval, not for a window.</summary>
    public const string ApprovalReasonPrefix = "awaiting approval:";

    public Guid DeploymentId { get; init; }
    public string Application { get; init; } = "";
    public string Environment { get; init; } = "";
    public string Reason { get; init; } = "";
    public DateTimeOffset? ReopensAt { get; init; }

    /// <summary>The step it holds before; null: it has not started.</summary>
    public int? StepIndex { get; init; }

    /// <summary>When the deployment fails if it is still waiting (the profile's maximum wait).</summary>
    public DateTimeOffset? GiveUpAt { get; init; }

    public DateTimeOffset OccurredAt { get; init; }
}

public sealed record DeploymentStepCompleted
{
    public Guid DeploymentId { get; init; }
    public string Application { get; init; } = "";
    public string Environment { get; init; } = "";
    public int Step { get; init; }
    public int TotalSteps { get; init; }
    public int NewReplicas { get; init; }
    public int OldReplicas { get; init; }
    public double NewVersionWeight { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
}

public sealed record DeploymentPaused
{
    public Guid DeploymentId { get; init; }
    public string Application { get; init; } = "";
    public string Environment { get; init; } = "";
    public string RequestedBy { get; init; } = "";
    public string? Reason { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
}

public sealed record DeploymentResumed
{
    public Guid DeploymentId { get; init; }
    public string Application { get; init; } = "";
    public string Environment { get; init; } = "";
    public string RequestedBy { get; init; } = "";
    public string? Reason { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
}

public sealed record DeploymentSucceeded
{
    public Guid DeploymentId { get; init; }
    public string Application { get; init; } = "";
    public string Environment { get; init; } = "";
    public string Image { get; init; } = "";

    /// <summary>The deployment's strategy (<see cref="DeploymentStrategies"/>).</summary>
    public string Strategy { get; init; } = "";

    /// <summary>The deployment this one ran again, if it was a retry: that one's trouble is over too.</summary>
    public Guid? RetryOf { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
}

/// <summary>The deployment ended without reaching its goal and without needing a rollback (or its rollback failed).</summary>
public sealed record DeploymentFailed
{
    public Guid DeploymentId { get; init; }
    public string Application { get; init; } = "";
    public string Environment { get; init; } = "";
    public string Image { get; init; } = "";

    /// <summary>The deployment's strategy (<see cref="DeploymentStrategies"/>).</summary>
    public string Strategy { get; init; } = "";
    public string Reason { get; init; } = "";
    public DateTimeOffset OccurredAt { get; init; }
}

/// <summary>Stopped on request before it changed the cluster: nothing to roll back.</summary>
public sealed record DeploymentAborted
{
    public Guid DeploymentId { get; init; }
    public string Application { get; init; } = "";
    public string Environment { get; init; } = "";
    public string Image { get; init; } = "";

    /// <summary>The deployment's strategy (<see cref="DeploymentStrategies"/>).</summary>
    public string Strategy { get; init; } = "";
    public string RequestedBy { get; init; } = "";
    public string Reason { get; init; } = "";
    public DateTimeOffset OccurredAt { get; init; }
}

/// <summary>
/// A rollback has begun: a gate or a step failed, the deployment was aborted or reverted, or it made no
/// progress in time. <see cref="DeploymentRolledBack"/> (or <see cref="DeploymentFailed"/>, when the
/// rollback itself fails) follows.
/// </summary>
public sealed record DeploymentRollingBack
{
    public Guid DeploymentId { get; init; }
    public string Application { get; init; } = "";
    public string Namespace { get; init; } = "";
    public string Environment { get; init; } = "";
    public string Image { get; init; } = "";
    public string Strategy { get; init; } = "";
    public string? PreviousImage { get; init; }
    public string Reason { get; init; } = "";
    public DateTimeOffset OccurredAt { get; init; }
}

/// <summary>The previous version serves all traffic again after the new one was found bad or the deployment was aborted.</summary>
public sealed record DeploymentRolledBack
{
    public Guid DeploymentId { get; init; }
    public string Application { get; init; } = "";
    public string Environment { get; init; } = "";
    public string Image { get; init; } = "";

    /// <summary>The deployment's strategy (<see cref="DeploymentStrategies"/>).</summary>
    public string Strategy { get; init; } = "";
    public string? RestoredImage { get; init; }
    public string Reason { get; init; } = "";
    public DateTimeOffset RollbackStartedAt { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
}
