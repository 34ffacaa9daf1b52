using History = Suite.Sagas.History;

namespace Suite.Sagas.Deployments;

/// <summary>
/// A deployment's story: accepted or rejected → compliance window → traffic baseline → plan →
/// pre-deployment gate → for each composite step: scale the new version, drain the old, route
/// traffic, stabilize, analyze, pause → final gate → succeeded, with the previous version kept warm
/// for the rollback window. A failed gate or step, an abort, a missed progress deadline or a revert
/// rolls back. Every reply is recorded in the history, then <see cref="AdvanceDeploymentActivity"/>
/// decides what comes next from the saga's data. The declarations are split by concern over the
/// partial files beside this one, in MassTransit's order: events, then the states' behaviour.
/// </summary>
public sealed partial class DeploymentStateMachine : MassTransitStateMachine<DeploymentState>
{
    public DeploymentStateMachine(TimeProvider time)
    {
        InstanceState(x => x.CurrentState);
        DeclareEvents();
        Accepting(time);
        Preparing(time);
        Complying(time);
        Stepping(time);
        Controlling(time);
        Ending(time);

        DuringAny(
            When(StateRequested)
                .RespondAsync(c => c.Init<DeploymentStateReport>(c.Saga.ToReport())),
            When(NotificationFailed)
                .Record(c => new History.NotificationNotDelivered(c.Message.Channel, c.Message.EventKind, c.Message.Reason, c.Message.Attempts,
                    time.GetUtcNow())),
            Ignore(Requested));

        // A reply for a step the saga has moved past (a redelivery, a stale timer) has no effect.
        OnUnhandledEvent(x => x.Ignore());
    }

    public State CheckingWindow { get; private set; } = null!;
    public State AwaitingWindow { get; private set; } = null!;
    public State AwaitingApproval { get; private set; } = null!;
    public State AnalyzingTraffic { get; private set; } = null!;
    public State Planning { get; private set; } = null!;
    public State Preflight { get; private set; } = null!;
    public State RollingOut { get; private set; } = null!;
    public State Draining { get; private set; } = null!;
    public State Routing { get; private set; } = null!;
    public State Stabilizing { get; private set; } = null!;
    public State Verifying { get; private set; } = null!;
    public State Observing { get; private set; } = null!;
    public State Paused { get; private set; } = null!;
    public State RollingBack { get; private set; } = null!;
    public State Succeeded { get; private set; } = null!;
    public State RolledBack { get; private set; } = null!;
    public State Failed { get; private set; } = null!;
    public State Rejected { get; private set; } = null!;
    public State Aborted { get; private set; } = null!;

    /// <summary>States that wait for a service's answer: a progress deadline runs, and a pause waits for the answer.</summary>
    private State[] AnswerAwaited => [CheckingWindow, AnalyzingTraffic, Planning, Preflight, RollingOut, Draining, Routing, Verifying];

    /// <summary>States where nothing is in flight and a timer runs: a pause takes effect at once.</summary>
    private State[] TimerRunning => [AwaitingWindow, AwaitingApproval, Stabilizing, Observing];

    private State[] Running => [.. AnswerAwaited, .. TimerRunning, Paused];

    private State[] Ended => [Succeeded, RolledBack, Failed, Rejected, Aborted];
}
