using Suite.Sagas.Deployments;

namespace Suite.Sagas.History;

// The parts of composite plan steps, the commands awaited and their deadlines. Stored: never rename or change one.

/// <summary>The strategy options of the request, and the progress deadline and rollback window they come to (request or default).</summary>
public sealed record RequestOptionsAccepted(DeploymentRequestOptions Options, TimeSpan ProgressDeadline, TimeSpan RollbackWindow, DateTimeOffset At) : IHistoryEvent;

/// <summary>
/// A command was sent and its answer is awaited (<see cref="Command"/> is one of <see cref="AwaitedCommands"/>);
/// no answer by <see cref="DeadlineAt"/> fails the deployment. No deadline when the request turned it off.
/// </summary>
public sealed record CommandSent(string Command, int StepIndex, string What, Guid? DeadlineTokenId, DateTimeOffset? DeadlineAt, DateTimeOffset At)
    : IHistoryEvent;

/// <summary>The awaited answer did not come within the progress deadline.</summary>
public sealed record ProgressDeadlineExceeded(string What, TimeSpan Deadline, DateTimeOffset At) : IHistoryEvent;

/// <summary>The traffic route the step asked for is in place.</summary>
public sealed record TrafficRouted(int StepIndex, int? WeightPercent, HeaderRoute? HeaderRoute, DateTimeOffset At) : IHistoryEvent;

/// <summary>A stabilization wait or a timed pause (<see cref="StepWaits"/>) began; only the scheduled message with this token ends it.</summary>
public sealed record WaitStarted(int StepIndex, string Kind, Guid TokenId, DateTimeOffset DueAt, DateTimeOffset At) : IHistoryEvent;

public sealed record WaitEnded(int StepIndex, string Kind, DateTimeOffset At) : IHistoryEvent;

/// <summary>A pause step without a duration (or blue-green's manual promotion): paused until promoted.</summary>
public sealed record PromotionAwaited(int StepIndex, DateTimeOffset At) : IHistoryEvent;

/// <summary>Every part of the step is done.</summary>
public sealed record StepCompleted(int StepIndex, DateTimeOffset At) : IHistoryEvent;
