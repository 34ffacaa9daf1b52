namespace Suite.Sagas.History;

// Waiting for a compliance window, approvals and emergency overrides. Stored: never rename or change one.

/// <summary>
/// The window was closed at a boundary (<see cref="StepIndex"/>: the step about to start; null: the
/// start) and the deployment holds there until it reopens, failing at <see cref="GiveUpAt"/>.
/// </summary>
public sealed record WindowWaitStarted(int? StepIndex, string Reason, DateTimeOffset? ReopensAt, DateTimeOffset? GiveUpAt, DateTimeOffset At)
    : IHistoryEvent;

/// <summary>The window that held the deployment at <see cref="StepIndex"/> is open again: it goes on after <see cref="Waited"/>.</summary>
public sealed record WindowReopened(int? StepIndex, TimeSpan Waited, DateTimeOffset At) : IHistoryEvent;

/// <summary>
/// The profile requires a second person's approval before the start and none has come: the deployment
/// waits for <c>ApproveDeployment</c> until <see cref="GiveUpAt"/>; only the timer with this token counts.
/// </summary>
public sealed record ApprovalAwaited(string? Reason, Guid TokenId, DateTimeOffset GiveUpAt, DateTimeOffset At) : IHistoryEvent;

/// <summary>No approval came within the profile's maximum wait.</summary>
public sealed record ApprovalWaitExpired(DateTimeOffset At) : IHistoryEvent;

public sealed record ApprovalGranted(string Approver, string Reason, DateTimeOffset At) : IHistoryEvent;

/// <summary>An approval that could not count (e.g. the requester approving their own deployment), and why.</summary>
public sealed record ApprovalRefused(string Approver, string Refusal, DateTimeOffset At) : IHistoryEvent;

/// <summary>
/// An emergency override is in force for the rest of the deployment: closed windows answer open.
/// <see cref="ClosedReason"/>: what last held it, if anything.
/// </summary>
public sealed record WindowOverridden(string Approver, string Reason, string? ClosedReason, DateTimeOffset At) : IHistoryEvent;

public sealed record OverrideRefused(string Approver, string Refusal, DateTimeOffset At) : IHistoryEvent;
