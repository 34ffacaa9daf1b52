namespace Suite.Contracts;

/// <summary>Request: answered by <see cref="DeploymentStateReport"/> or <see cref="DeploymentNotFound"/>.</summary>
public sealed record GetDeploymentState
{
    public Guid DeploymentId { get; init; }
}

/// <summary>A deployment's state as the saga holds it now.</summary>
public sealed record DeploymentStateReport
{
    public Guid DeploymentId { get; init; }
    public string Application { get; init; } = "";
    public string Namespace { get; init; } = "";
    public string Environment { get; init; } = "";
    public string Image { get; init; } = "";
    public string? PreviousImage { get; init; }
    public string Strategy { get; init; } = "";
    public string RequestedBy { get; init; } = "";

    /// <summary>The saga state's name, e.g. <c>RollingOut</c>, <c>Paused</c>, <c>Succeeded</c>.</summary>
    public string State { get; init; } = "";

    public bool IsTerminal { get; init; }
    public bool PauseRequested { get; init; }

    /// <summary>While <c>Paused</c>: why, e.g. <c>waiting for promotion</c> (send <see cref="PromoteDeployment"/>) or the reason given with the pause.</summary>
    public string? PauseReason { get; init; }

    /// <summary>Steps completed so far (i of n).</summary>
    public int Step { get; init; }

    public int TotalSteps { get; init; }

    /// <summary>Percent (0–100) of the application's traffic served by the new version.</summary>
    public double NewVersionWeight { get; init; }

    public int ReadyReplicas { get; init; }
    public int UpdatedReplicas { get; init; }
    public int DesiredReplicas { get; init; }
    public string? LastGateOutcome { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public string? LastError { get; init; }

    /// <summary>When a rollback was decided, and when the previous version was fully serving again.</summary>
    public DateTimeOffset? RollbackDecidedAt { get; init; }

    public DateTimeOffset? RollbackCompletedAt { get; init; }

    /// <summary>
    /// The rollback's parts as the Rollout service measured them on the cluster (absent before it reported them): when
    /// all traffic went back to the previous version, when the cluster was asked to restore it, and when the last
    /// of its pods became ready. <see cref="Rollout.RollbackBreakdown"/> divides the rollback's time by them.
    /// </summary>
    public DateTimeOffset? RollbackTrafficSwitchedAt { get; init; }

    public DateTimeOffset? RollbackRestoreStartedAt { get; init; }

    public DateTimeOffset? RollbackPreviousReadyAt { get; init; }

    /// <summary>Until when the previous version stays warm after success (a revert before then is a traffic switch).</summary>
    public DateTimeOffset? RollbackWindowEndsAt { get; init; }

    /// <summary>
    /// While <c>AwaitingWindow</c> or <c>AwaitingApproval</c>: why the deployment holds (the closed window's reason, or
    /// "awaiting approval: …"), when the window reopens (when known) and when the deployment gives up waiting.
    /// </summary>
    public string? WaitingFor { get; init; }

    public DateTimeOffset? WindowReopensAt { get; init; }
    public DateTimeOffset? GiveUpAt { get; init; }

    /// <summary>The compliance profile requires a second person's approval before the start; <see cref="ApprovedBy"/> gave it.</summary>
    public bool ApprovalRequired { get; init; }

    public string? ApprovedBy { get; init; }

    /// <summary>Who opened the compliance window for this deployment with an emergency override.</summary>
    public string? OverriddenBy { get; init; }
}

/// <summary>The answer when no deployment has the id asked about.</summary>
public sealed record DeploymentNotFound
{
    public Guid DeploymentId { get; init; }
}

/// <summary>Request: answered by <see cref="DeploymentHistoryReport"/> or <see cref="DeploymentNotFound"/>.</summary>
public sealed record GetDeploymentHistory
{
    public Guid DeploymentId { get; init; }
}

/// <summary>A deployment's history stream, oldest first.</summary>
public sealed record DeploymentHistoryReport
{
    public Guid DeploymentId { get; init; }
    public IReadOnlyList<DeploymentHistoryEntry> Entries { get; init; } = [];
}

/// <summary>One recorded decision: its position in the stream, type, time and a one-line summary.</summary>
public sealed record DeploymentHistoryEntry
{
    public long Version { get; init; }
    public string Type { get; init; } = "";
    public DateTimeOffset RecordedAt { get; init; }
    public string Summary { get; init; } = "";

    /// <summary>The event itself as JSON.</summary>
    public string Data { get; init; } = "";
}
