using System.Linq.Expressions;
using Suite.Contracts.Compliance;
using Suite.Contracts.Draining;
using Suite.Contracts.Gates;
using Suite.Contracts.Planning;
using Suite.Contracts.Rollout;
using Suite.Contracts.Traffic;
using History = Suite.Sagas.History;

namespace Suite.Sagas.Deployments;

/// <summary>
/// A deployment's story: accepted or rejected → compliance window → traffic baseline → plan →
/// pre-deployment gate → for each step: roll out, drain, verify → final gate → succeeded. A failed
/// gate or step rolls back. Every reply is recorded in the history, then
/// <see cref="AdvanceDeploymentActivity"/> decides what comes next from the saga's data.
/// </summary>
public sealed class DeploymentStateMachine : MassTransitStateMachine<DeploymentState>
{
    public DeploymentStateMachine(TimeProvider time)
    {
        InstanceState(x => x.CurrentState);

        Event(() => Requested, x =>
        {
            x.CorrelateById(c => c.Message.DeploymentId != Guid.Empty ? c.Message.DeploymentId : c.MessageId ?? NewId.NextGuid());
            x.InsertOnInitial = true;
        });
        Event(() => StateRequested, x =>
        {
            x.CorrelateById(c => c.Message.DeploymentId);
            x.ReadOnly = true;
            x.OnMissingInstance(m => m.ExecuteAsync(c => c.RespondAsync(new DeploymentNotFound { DeploymentId = c.Message.DeploymentId })));
        });
        Correlate(() => PauseRequested, m => m.DeploymentId);
        Correlate(() => ResumeRequested, m => m.DeploymentId);
        Correlate(() => AbortRequested, m => m.DeploymentId);
        Correlate(() => PromoteRequested, m => m.DeploymentId);
        Correlate(() => WindowChecked, m => m.DeploymentId);
        Correlate(() => WindowRecheckDue, m => m.DeploymentId);
        Correlate(() => TrafficAnalyzed, m => m.DeploymentId);
        Correlate(() => TrafficAnalysisFailed, m => m.DeploymentId);
        Correlate(() => Planned, m => m.DeploymentId);
        Correlate(() => PlanningFailed, m => m.DeploymentId);
        Correlate(() => GateEvaluated, m => m.DeploymentId);
        Correlate(() => StepApplied, m => m.DeploymentId);
        Correlate(() => StepApplyFailed, m => m.DeploymentId);
        Correlate(() => PodsDrained, m => m.DeploymentId);
        Correlate(() => DrainFailed, m => m.DeploymentId);
        Correlate(() => RollbackApplied, m => m.DeploymentId);
        Correlate(() => RollbackFailed, m => m.DeploymentId);
        Correlate(() => WindowCheckFaulted, m => m.Message.DeploymentId);
        Correlate(() => AnalysisFaulted, m => m.Message.DeploymentId);
        Correlate(() => PlanningFaulted, m => m.Message.DeploymentId);
        Correlate(() => GateFaulted, m => m.Message.DeploymentId);
        Correlate(() => RolloutFaulted, m => m.Message.DeploymentId);
        Correlate(() => DrainFaulted, m => m.Message.DeploymentId);
        Correlate(() => RollbackFaulted, m => m.Message.DeploymentId);

        Initially(
            When(Requested)
                .Validate()
                .IfElse(c => c.Saga.RejectionErrors.Count > 0,
                    rejected => rejected
                        .Record(c => new History.RequestRejected(c.Message.Application, c.Message.Namespace, c.Message.Image,
                            c.Message.Strategy, c.Message.Environment, c.Message.RequestedBy, c.Saga.RejectionErrors, time.GetUtcNow()))
                        .TransitionTo(Rejected)
                        .PublishAsync(c => c.Init<DeploymentRejected>(new DeploymentRejected
                        {
                            DeploymentId = c.Saga.CorrelationId, Application = c.Message.Application, Namespace = c.Message.Namespace,
                            Environment = c.Message.Environment, Errors = c.Saga.RejectionErrors, OccurredAt = c.Saga.UpdatedAt,
                        })),
                    accepted => accepted
                        .Record(c => new History.RequestAccepted(c.Message.Application, c.Message.Namespace, c.Message.Image,
                            DeploymentStrategies.Normalize(c.Message.Strategy)!, c.Message.Environment, c.Message.RequestedBy,
                            c.Message.Replicas, c.Message.MaxSurge, c.Message.MaxUnavailable, c.Message.ComplianceProfile,
                            c.Message.Reason, time.GetUtcNow()))
                        .PublishAsync(c => c.Init<DeploymentAccepted>(new DeploymentAccepted
                        {
                            DeploymentId = c.Saga.CorrelationId, Application = c.Saga.Application, Namespace = c.Saga.Namespace,
                            Environment = c.Saga.Environment, Image = c.Saga.Image, Strategy = c.Saga.Strategy,
                            RequestedBy = c.Saga.RequestedBy, OccurredAt = c.Saga.StartedAt,
                        }))
                        .Advance()));

        During(CheckingWindow,
            When(WindowChecked)
                .Record(c => new History.WindowChecked(c.Message.IsOpen, c.Message.Profile, c.Message.Reason, c.Message.ReopensAt, time.GetUtcNow(),
                    c.Message.Permanent))
                .Advance(),
            When(WindowCheckFaulted).RecordFault("compliance window check", time).Advance());

        During(AwaitingWindow,
            When(WindowRecheckDue, c => c.Message.TokenId == c.Saga.WindowRecheckTokenId)
                .Record(_ => new History.WindowRecheckStarted(time.GetUtcNow()))
                .Advance());

        During(AnalyzingTraffic,
            When(TrafficAnalyzed)
                .Record(c => new History.BaselineTaken(c.Message.CurrentImage, c.Message.Baseline, time.GetUtcNow()))
                .Advance(),
            When(TrafficAnalysisFailed)
                .Record(c => new History.Failed($"traffic analysis failed: {c.Message.Reason}", time.GetUtcNow()))
                .Advance(),
            When(AnalysisFaulted).RecordFault("traffic analysis", time).Advance());

        During(Planning,
            When(Planned)
                .Record(c => new History.PlanMade(c.Message.PreviousImage, c.Message.PreviousReplicas, c.Message.DesiredReplicas,
                    c.Message.MaxSurge, c.Message.MaxUnavailable, c.Message.Steps, time.GetUtcNow()))
                .Advance(),
            When(PlanningFailed)
                .Record(c => new History.Failed($"planning failed: {c.Message.Reason}", time.GetUtcNow()))
                .Advance(),
            When(PlanningFaulted).RecordFault("planning", time).Advance());

        During(Preflight,
            When(GateEvaluated, c => c.Message.Stage == GateStages.PreDeployment)
                .RecordGate(time)
                .Advance(),
            When(GateFaulted, c => c.Message.Message.Stage == GateStages.PreDeployment).RecordFault("pre-deployment gate", time).Advance());

        During(RollingOut,
            When(StepApplied, c => c.Message.StepIndex == DeploymentProgress.CurrentStep(c.Saga)?.Index)
                .Record(c => new History.StepRolledOut(c.Message.StepIndex, c.Message.ReadyReplicas, c.Message.DesiredReplicas, time.GetUtcNow()))
                .Advance(),
            When(StepApplyFailed, c => c.Message.StepIndex == DeploymentProgress.CurrentStep(c.Saga)?.Index)
                .Record(c => new History.StepFailed(c.Message.StepIndex, "rollout", c.Message.Reason, time.GetUtcNow()))
                .Advance(),
            When(RolloutFaulted, c => c.Message.Message.StepIndex == DeploymentProgress.CurrentStep(c.Saga)?.Index)
                .RecordFault("rollout", time)
                .Advance());

        During(Draining,
            When(PodsDrained, c => c.Message.StepIndex == DeploymentProgress.CurrentStep(c.Saga)?.Index)
                .Record(c => new History.StepDrained(c.Message.StepIndex, c.Message.RemainingReplicas, time.GetUtcNow()))
                .Advance(),
            When(DrainFailed, c => c.Message.StepIndex == DeploymentProgress.CurrentStep(c.Saga)?.Index)
                .Record(c => new History.StepFailed(c.Message.StepIndex, "drain", c.Message.Reason, time.GetUtcNow()))
                .Advance(),
            When(DrainFaulted, c => c.Message.Message.StepIndex == DeploymentProgress.CurrentStep(c.Saga)?.Index)
                .RecordFault("drain", time)
                .Advance());

        During(Verifying,
            When(GateEvaluated, c => IsCurrentGate(c.Saga, c.Message.Stage, c.Message.StepIndex))
                .RecordGate(time)
                .If(c => c.Message is { Passed: true, Stage: GateStages.PostStep }, passed => passed.PublishStepCompleted(time))
                .Advance(),
            When(GateFaulted, c => IsCurrentGate(c.Saga, c.Message.Message.Stage, c.Message.Message.StepIndex))
                .RecordFault("quality gate", time)
                .Advance());

        During(RollingBack,
            When(RollbackApplied)
                .Record(c => new History.RollbackCompleted(c.Saga.PreviousImage, c.Message.RestoredReplicas, time.GetUtcNow()))
                .Advance(),
            When(RollbackFailed)
                .Record(c => new History.RollbackFailed(c.Message.Reason, time.GetUtcNow()))
                .Advance(),
            When(RollbackFaulted)
                .Record(c => new History.RollbackFailed(c.Message.Exceptions.FirstOrDefault()?.Message ?? "the rollback command faulted", time.GetUtcNow()))
                .Advance(),
            Ignore(PauseRequested),
            Ignore(ResumeRequested),
            Ignore(AbortRequested),
            Ignore(PromoteRequested));

        During(Paused,
            When(ResumeRequested)
                .Record(c => new History.Resumed(c.Message.RequestedBy, c.Message.Reason, time.GetUtcNow()))
                .PublishResumed(time)
                .Advance(),
            When(PromoteRequested)
                .Record(c => new History.Resumed(c.Message.RequestedBy, c.Message.Reason ?? "promoted", time.GetUtcNow()))
                .PublishResumed(time)
                .Advance(),
            Ignore(PauseRequested));

        // Abort acts at once: a deployment that changed the cluster rolls back now, and the answer of
        // a step still in flight is ignored when it comes.
        During([CheckingWindow, AwaitingWindow, AnalyzingTraffic, Planning, Preflight, RollingOut, Draining, Verifying, Paused],
            When(AbortRequested, c => !c.Saga.AbortRequested)
                .Record(c => new History.AbortRequested(c.Message.RequestedBy, c.Message.Reason, time.GetUtcNow()))
                .Advance());

        // Pause takes effect at the next step boundary (at once where nothing is in flight): a step is never left half done.
        During([CheckingWindow, AwaitingWindow, AnalyzingTraffic, Planning, Preflight, RollingOut, Draining, Verifying],
            When(PauseRequested, c => !c.Saga.PauseRequested)
                .Record(c => new History.PauseRequested(c.Message.RequestedBy, c.Message.Reason, time.GetUtcNow()))
                .If(c => c.Saga.CurrentState == DeploymentProgress.AwaitingWindow, now => now.Advance()),
            When(ResumeRequested, c => c.Saga.PauseRequested)
                .Record(c => new History.Resumed(c.Message.RequestedBy, c.Message.Reason, time.GetUtcNow()))
                .PublishResumed(time),
            When(PromoteRequested, c => c.Saga.PauseRequested)
                .Record(c => new History.Resumed(c.Message.RequestedBy, c.Message.Reason ?? "promoted", time.GetUtcNow()))
                .PublishResumed(time));

        During([Succeeded, RolledBack, Failed, Rejected, Aborted],
            Ignore(Requested),
            Ignore(PauseRequested),
            Ignore(ResumeRequested),
            Ignore(AbortRequested),
            Ignore(PromoteRequested));

        DuringAny(
            When(StateRequested)
                .RespondAsync(c => c.Init<DeploymentStateReport>(c.Saga.ToReport())),
            Ignore(Requested));

        // A reply for a step the saga has moved past (a redelivery, a stale recheck) has no effect.
        OnUnhandledEvent(x => x.Ignore());
    }

    public State CheckingWindow { get; private set; } = null!;
    public State AwaitingWindow { get; private set; } = null!;
    public State AnalyzingTraffic { get; private set; } = null!;
    public State Planning { get; private set; } = null!;
    public State Preflight { get; private set; } = null!;
    public State RollingOut { get; private set; } = null!;
    public State Draining { get; private set; } = null!;
    public State Verifying { get; private set; } = null!;
    public State Paused { get; private set; } = null!;
    public State RollingBack { get; private set; } = null!;
    public State Succeeded { get; private set; } = null!;
    public State RolledBack { get; private set; } = null!;
    public State Failed { get; private set; } = null!;
    public State Rejected { get; private set; } = null!;
    public State Aborted { get; private set; } = null!;

    public Event<DeploymentRequested> Requested { get; private set; } = null!;
    public Event<GetDeploymentState> StateRequested { get; private set; } = null!;
    public Event<PauseDeployment> PauseRequested { get; private set; } = null!;
    public Event<ResumeDeployment> ResumeRequested { get; private set; } = null!;
    public Event<AbortDeployment> AbortRequested { get; private set; } = null!;
    public Event<PromoteDeployment> PromoteRequested { get; private set; } = null!;
    public Event<ComplianceWindowChecked> WindowChecked { get; private set; } = null!;
    public Event<WindowRecheckDue> WindowRecheckDue { get; private set; } = null!;
    public Event<TrafficAnalyzed> TrafficAnalyzed { get; private set; } = null!;
    public Event<TrafficAnalysisFailed> TrafficAnalysisFailed { get; private set; } = null!;
    public Event<DeploymentPlanned> Planned { get; private set; } = null!;
    public Event<PlanningFailed> PlanningFailed { get; private set; } = null!;
    public Event<GateEvaluated> GateEvaluated { get; private set; } = null!;
    public Event<RolloutStepApplied> StepApplied { get; private set; } = null!;
    public Event<RolloutStepFailed> StepApplyFailed { get; private set; } = null!;
    public Event<PodsDrained> PodsDrained { get; private set; } = null!;
    public Event<DrainFailed> DrainFailed { get; private set; } = null!;
    public Event<RollbackApplied> RollbackApplied { get; private set; } = null!;
    public Event<RollbackFailed> RollbackFailed { get; private set; } = null!;
    public Event<Fault<CheckComplianceWindow>> WindowCheckFaulted { get; private set; } = null!;
    public Event<Fault<AnalyzeTraffic>> AnalysisFaulted { get; private set; } = null!;
    public Event<Fault<PlanDeployment>> PlanningFaulted { get; private set; } = null!;
    public Event<Fault<EvaluateGate>> GateFaulted { get; private set; } = null!;
    public Event<Fault<ApplyRolloutStep>> RolloutFaulted { get; private set; } = null!;
    public Event<Fault<DrainPods>> DrainFaulted { get; private set; } = null!;
    public Event<Fault<RollBackDeployment>> RollbackFaulted { get; private set; } = null!;

    /// <summary>Whether a gate's answer is for the gate the saga waits on: the current step's, or the final one.</summary>
    private static bool IsCurrentGate(DeploymentState s, string stage, int stepIndex) => DeploymentProgress.CurrentStep(s) is { } step
        ? stage == GateStages.PostStep && stepIndex == step.Index
        : stage == GateStages.Final && stepIndex == s.Steps.Count;

    private void Correlate<T>(Expression<Func<Event<T>>> @event, Func<T, Guid> id)
        where T : class =>
        Event(@event, x =>
        {
            x.CorrelateById(c => id(c.Message));
            x.OnMissingInstance(m => m.Discard());
        });
}
