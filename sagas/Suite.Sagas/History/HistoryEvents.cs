using Suite.Contracts.Planning;
using Suite.Contracts.Traffic;

namespace Suite.Sagas.History;

// The deployment's history: every decision the saga takes, in the order it took them.
// These are stored; never rename or change one. Add a new type (or upcast on read) instead.

/// <summary>Marks a record as a history event; <see cref="At"/> is when the saga decided it.</summary>
public interface IHistoryEvent
{
    DateTimeOffset At { get; }
}

/// <summary><see cref="RetryOf"/> (added later; absent = a first request): the deployment this one runs again.</summary>
public sealed record RequestAccepted(
    string Application, string Namespace, string Image, string Strategy, string Environment, string RequestedBy,
    int? Replicas, string? MaxSurge, string? MaxUnavailable, string? ComplianceProfile, string? Reason,
    DateTimeOffset At, Guid? RetryOf = null) : IHistoryEvent;

public sealed record RequestRejected(
    string Application, string Namespace, string Image, string Strategy, string Environment, string RequestedBy,
    IReadOnlyList<string> Errors, DateTimeOffset At) : IHistoryEvent;

/// <summary>
/// The compliance service's answer. <see cref="Permanent"/>: closed for good (an unknown profile), so
/// the deployment fails rather than waits. Added later (absent in older histories: the check before
/// the start, no override, no approval, overrides allowed): <see cref="StepIndex"/>, the step boundary
/// it was asked for (null: before the start); <see cref="RecheckAt"/> and <see cref="GiveUpAt"/> when
/// closed; the profile's approval and override rules and maximum wait.
/// </summary>
public sealed record WindowChecked(
    bool IsOpen, string Profile, string? Reason, DateTimeOffset? ReopensAt, DateTimeOffset At, bool Permanent = false,
    int? StepIndex = null, DateTimeOffset? RecheckAt = null, DateTimeOffset? GiveUpAt = null, TimeSpan? MaxWait = null,
    bool Overridden = false, bool RequiresApproval = false, string? ApprovalReason = null,
    bool OverrideAllowed = true, bool OverrideRequiresSecondPerson = false)
    : IHistoryEvent;

/// <summary>A recheck of a closed window is due at <see cref="DueAt"/>; only the one with this token counts.</summary>
public sealed record WindowRecheckScheduled(Guid TokenId, DateTimeOffset DueAt, DateTimeOffset At) : IHistoryEvent;

public sealed record WindowRecheckStarted(DateTimeOffset At) : IHistoryEvent;

public sealed record BaselineTaken(string? CurrentImage, VersionMetrics? Baseline, DateTimeOffset At) : IHistoryEvent;

/// <summary><see cref="ScaleDownDelay"/> (blue-green): how long the old version stays up after the last step; added later, absent = none.</summary>
public sealed record PlanMade(
    string? PreviousImage, int PreviousReplicas, int DesiredReplicas, int MaxSurge, int MaxUnavailable,
    IReadOnlyList<PlanStep> Steps, DateTimeOffset At, TimeSpan? ScaleDownDelay = null) : IHistoryEvent;

/// <summary>A post-step gate that passed ends the step's analysis part; the step itself ends with <see cref="StepCompleted"/>.</summary>
public sealed record GatePassed(string Stage, int StepIndex, string Summary, VersionMetrics? Observed, DateTimeOffset At) : IHistoryEvent;

public sealed record GateFailed(string Stage, int StepIndex, string Summary, VersionMetrics? Observed, DateTimeOffset At) : IHistoryEvent;

/// <summary>The step's first command that changes the cluster was sent: from here on, stopping means rolling back.</summary>
public sealed record StepStarted(int StepIndex, int NewReplicas, int OldReplicas, DateTimeOffset At) : IHistoryEvent;

public sealed record StepRolledOut(int StepIndex, int ReadyReplicas, int DesiredReplicas, DateTimeOffset At) : IHistoryEvent;

public sealed record StepDrained(int StepIndex, int RemainingReplicas, DateTimeOffset At) : IHistoryEvent;

public sealed record StepFailed(int StepIndex, string Phase, string Reason, DateTimeOffset At) : IHistoryEvent;

/// <summary>A service could not process a command at all (its consumer faulted after retries).</summary>
public sealed record CommandFaulted(string Command, string Reason, DateTimeOffset At) : IHistoryEvent;

public sealed record PauseRequested(string RequestedBy, string? Reason, DateTimeOffset At) : IHistoryEvent;

public sealed record Paused(DateTimeOffset At) : IHistoryEvent;

public sealed record Resumed(string RequestedBy, string? Reason, DateTimeOffset At) : IHistoryEvent;

public sealed record AbortRequested(string RequestedBy, string? Reason, DateTimeOffset At) : IHistoryEvent;

/// <summary>Aborted before the cluster was changed: nothing to roll back.</summary>
public sealed record Aborted(string Reason, DateTimeOffset At) : IHistoryEvent;

public sealed record RollbackStarted(string Reason, DateTimeOffset At) : IHistoryEvent;

/// <summary>
/// The previous version serves all traffic again. <see cref="DecidedAt"/> (when the rollback was
/// decided) and <see cref="FullyServingAt"/> (when the Rollout service saw the previous version at
/// full strength with all traffic) were added later; absent, the rollback's start and <see cref="At"/> stand in.
/// <see cref="RestoreStartedAt"/>, <see cref="PreviousReadyAt"/> and <see cref="TrafficSwitchedAt"/> (the Rollout
/// service's measurements on the cluster, <c>RollbackApplied</c>) were added later still; absent = not measured.
/// </summary>
public sealed record RollbackCompleted(
    string? RestoredImage, int RestoredReplicas, DateTimeOffset At, DateTimeOffset? DecidedAt = null, DateTimeOffset? FullyServingAt = null,
    DateTimeOffset? RestoreStartedAt = null, DateTimeOffset? PreviousReadyAt = null, DateTimeOffset? TrafficSwitchedAt = null)
    : IHistoryEvent;

public sealed record RollbackFailed(string Reason, DateTimeOffset At) : IHistoryEvent;

public sealed record Succeeded(DateTimeOffset At) : IHistoryEvent;

/// <summary>Ended without changing the cluster (planning, analysis or the pre-deployment gate said no).</summary>
public sealed record Failed(string Reason, DateTimeOffset At) : IHistoryEvent;
