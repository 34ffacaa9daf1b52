using Suite.Contracts.Planning;
using Suite.Contracts.Traffic;

namespace Suite.Sagas.Deployments;

/// <summary>
/// The saga's state. Everything but <see cref="CurrentState"/> and <see cref="Version"/> is a
/// fold of the deployment's history (<see cref="History.DeploymentHistoryFold"/>), and
/// <see cref="CurrentState"/> follows from it (<see cref="DeploymentProgress.StateOf"/>):
/// replaying the history gives back this object.
/// </summary>
public sealed class DeploymentState : SagaStateMachineInstance, ISagaVersion
{
    public Guid CorrelationId { get; set; }
    public string CurrentState { get; set; } = "";
    public int Version { get; set; }

    /// <summary>Events in the deployment's history stream (its expected version for the next append).</summary>
    public long HistoryVersion { get; set; }

    public string Application { get; set; } = "";
    public string Namespace { get; set; } = "";
    public string Image { get; set; } = "";
    public string Strategy { get; set; } = "";
    public string Environment { get; set; } = "";
    public string RequestedBy { get; set; } = "";
    public int? Replicas { get; set; }
    public string? MaxSurge { get; set; }
    public string? MaxUnavailable { get; set; }
    public string? ComplianceProfile { get; set; }
    public string? Reason { get; set; }

    /// <summary>The deployment this one runs again, if it is a retry.</summary>
    public Guid? RetryOf { get; set; }

    public DeploymentRequestOptions Options { get; set; } = new();

    /// <summary>The request's deadline and window as they apply (its own, or the configured default); zero deadline = none.</summary>
    public TimeSpan ProgressDeadline { get; set; }

    public TimeSpan RollbackWindow { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The compliance window was open at the start (the check before the deployment started).</summary>
    public bool WindowOpen { get; set; }

    /// <summary>The step whose boundary the last check found open; a step starts only once its boundary is (a pause clears it).</summary>
    public int? WindowClearedStep { get; set; }

    /// <summary>Why the window is closed at the boundary the deployment is at; null while open or while a check is under way.</summary>
    public string? WindowClosedReason { get; set; }

    public DateTimeOffset? WindowReopensAt { get; set; }

    /// <summary>When to ask again: the answer's recheck time (a blocking signal has no known end), bounded by <see cref="WindowGiveUpAt"/>.</summary>
    public DateTimeOffset? WindowRecheckAt { get; set; }

    public DateTimeOffset? WindowGiveUpAt { get; set; }
    public Guid? WindowRecheckTokenId { get; set; }

    /// <summary>Since when the deployment holds for a closed window, and at which boundary (null: the start); null since = not holding.</summary>
    public DateTimeOffset? WindowWaitingSince { get; set; }

    public int? WindowWaitStep { get; set; }

    /// <summary>The profile's maximum wait, from the last answer.</summary>
    public TimeSpan? WindowMaxWait { get; set; }

    /// <summary>The profile requires a second person's approval before the start (from the check before the start).</summary>
    public bool RequiresApproval { get; set; }

    public string? ApprovalReason { get; set; }
    public string? ApprovedBy { get; set; }
    public Guid? ApprovalTokenId { get; set; }
    public DateTimeOffset? ApprovalGiveUpAt { get; set; }

    /// <summary>The profile's override rules from the last answer; before any answer, overrides are allowed and the next check decides.</summary>
    public bool OverrideAllowed { get; set; } = true;

    public bool OverrideRequiresSecondPerson { get; set; }

    /// <summary>Who opened closed windows for this deployment with an emergency override; null: none is in force.</summary>
    public string? OverriddenBy { get; set; }

    /// <summary>What the last closed answer said, for the override that opens it.</summary>
    public string? LastClosedReason { get; set; }

    public bool TrafficAnalyzed { get; set; }
    public string? CurrentImage { get; set; }
    public VersionMetrics? Baseline { get; set; }

    public bool Planned { get; set; }
    public string? PreviousImage { get; set; }
    public int PreviousReplicas { get; set; }
    public int DesiredReplicas { get; set; }
    public List<PlanStep> Steps { get; set; } = [];
    public TimeSpan? ScaleDownDelay { get; set; }

    public bool PreflightPassed { get; set; }

    /// <summary>Steps whose post-step gate passed.</summary>
    public int CompletedSteps { get; set; }

    /// <summary>Where the current step is: <see cref="StepPhases"/>.</summary>
    public string StepPhase { get; set; } = StepPhases.NotStarted;

    public bool FinalGatePassed { get; set; }

    /// <summary>True once a command that changes the cluster was sent: from then on, stopping means rolling back.</summary>
    public bool ClusterChanged { get; set; }

    /// <summary>The replicas the new version is scaled to, as the Rollout service last reported; ready ones in <see cref="NewReady"/>.</summary>
    public int NewScaledTo { get; set; }

    public int NewReady { get; set; }
    public int OldReady { get; set; }

    /// <summary>The traffic route now in place; both null = traffic follows ready pods.</summary>
    public int? RouteWeight { get; set; }

    public HeaderRoute? RouteHeader { get; set; }

    /// <summary>The command whose answer the saga waits for (<see cref="AwaitedCommands"/>), for which step, since when, and why.</summary>
    public string? Awaiting { get; set; }

    public int AwaitingStep { get; set; }
    public string? AwaitingWhat { get; set; }
    public DateTimeOffset? AwaitingSince { get; set; }

    /// <summary>The progress deadline of the awaited command; a deadline message with another token is stale.</summary>
    public Guid? DeadlineTokenId { get; set; }

    public DateTimeOffset? DeadlineAt { get; set; }

    /// <summary>A stabilization wait or timed pause of the current step (<see cref="StepWaits"/>): running while it has a token.</summary>
    public string? WaitKind { get; set; }

    public Guid? WaitTokenId { get; set; }
    public DateTimeOffset? WaitDueAt { get; set; }

    /// <summary>What was left of a wait when a pause interrupted it; the wait goes on for this long after resuming.</summary>
    public TimeSpan? WaitRemaining { get; set; }

    /// <summary>Paused at a pause step without a duration (or blue-green's manual promotion) until promoted.</summary>
    public bool WaitingForPromotion { get; set; }

    /// <summary>Promoted with Full: the remaining stabilization waits, analyses and pauses are skipped.</summary>
    public bool PromotedFully { get; set; }
    public string? LastGateOutcome { get; set; }
    public string? LastError { get; set; }

    /// <summary>Why the deployment cannot go on (a gate or a step failed); the saga acts on it at once.</summary>
    public string? FailureReason { get; set; }

    public bool PauseRequested { get; set; }
    public string? PauseRequestedBy { get; set; }
    public string? PauseReason { get; set; }
    public bool IsPaused { get; set; }
    public bool AbortRequested { get; set; }
    public string? AbortRequestedBy { get; set; }
    public string? AbortReason { get; set; }

    public bool RevertRequested { get; set; }
    public string? RevertRequestedBy { get; set; }
    public string? RevertReason { get; set; }

    public string? RollbackReason { get; set; }
    public DateTimeOffset? RollbackStartedAt { get; set; }

    /// <summary>When the previous version was serving all traffic again at full strength.</summary>
    public DateTimeOffset? RollbackCompletedAt { get; set; }

    /// <summary>The rollback's parts as the Rollout service measured them (<see cref="History.RollbackCompleted"/>); null = not measured.</summary>
    public DateTimeOffset? RollbackTrafficSwitchedAt { get; set; }

    public DateTimeOffset? RollbackRestoreStartedAt { get; set; }
    public DateTimeOffset? RollbackPreviousReadyAt { get; set; }

    /// <summary>After success with the previous version still warm: until when a revert is a traffic switch.</summary>
    public DateTimeOffset? RollbackWindowEndsAt { get; set; }

    public Guid? RetirementTokenId { get; set; }
    public bool Retiring { get; set; }
    public bool Retired { get; set; }

    /// <summary>The deployments this one was retried as.</summary>
    public List<Guid> RetriedAs { get; set; } = [];

    /// <summary>Set once the deployment has ended: <see cref="Outcomes"/>.</summary>
    public string? Outcome { get; set; }

    public List<string> RejectionErrors { get; set; } = [];
}
