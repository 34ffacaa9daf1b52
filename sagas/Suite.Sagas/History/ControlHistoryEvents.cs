namespace Suite.Sagas.History;

// Promotion, revert, retry and the rollback window. Stored: never rename or change one.

/// <summary>Ends the current pause; with <see cref="Full"/>, also skips every remaining wait, analysis and pause.</summary>
public sealed record Promoted(string RequestedBy, string? Reason, bool Full, DateTimeOffset At) : IHistoryEvent;

/// <summary>A revert inside the rollback window: the previous version, still warm, takes the traffic back.</summary>
public sealed record RevertRequested(string RequestedBy, string? Reason, DateTimeOffset At) : IHistoryEvent;

/// <summary>The deployment was requested again as <see cref="NewDeploymentId"/>.</summary>
public sealed record Retried(Guid NewDeploymentId, string RequestedBy, string? Reason, DateTimeOffset At) : IHistoryEvent;

/// <summary>A control command that cannot apply to the deployment as it is, and why.</summary>
public sealed record ControlRefused(string Command, string RequestedBy, string Reason, DateTimeOffset At) : IHistoryEvent;

/// <summary>The previous version stays warm until <see cref="DueAt"/>; only the retirement message with this token ends the window.</summary>
public sealed record RetirementScheduled(Guid TokenId, DateTimeOffset DueAt, DateTimeOffset At) : IHistoryEvent;

/// <summary>The previous version is being scaled to zero and the route cleared.</summary>
public sealed record RetirementStarted(string? PreviousImage, DateTimeOffset At) : IHistoryEvent;

public sealed record RetirementCompleted(DateTimeOffset At) : IHistoryEvent;

public sealed record RetirementFailed(string Reason, DateTimeOffset At) : IHistoryEvent;

/// <summary>A notification channel could not be reached after every retry: people there did not hear of <see cref="EventKind"/>.</summary>
public sealed record NotificationNotDelivered(string Channel, string EventKind, string Reason, int Attempts, DateTimeOffset At) : IHistoryEvent;
