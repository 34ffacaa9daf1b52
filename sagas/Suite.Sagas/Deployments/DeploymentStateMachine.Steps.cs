using History = Suite.Sagas.History;

namespace Suite.Sagas.Deployments;

public sealed partial class DeploymentStateMachine
{
    private void Stepping(TimeProvider time)
    {
        During(RollingOut,
            When(StepApplied, c => c.Message.StepIndex == c.Saga.AwaitingStep)
                .Record(c => new History.StepRolledOut(c.Message.StepIndex, c.Message.ReadyReplicas, c.Message.DesiredReplicas, time.GetUtcNow()))
                .Advance(),
            When(StepApplyFailed, c => c.Message.StepIndex == c.Saga.AwaitingStep)
                .Record(c => new History.StepFailed(c.Message.StepIndex, "rollout", c.Message.Reason, time.GetUtcNow()))
                .Advance(),
            When(RolloutFaulted, c => c.Message.Message.StepIndex == c.Saga.AwaitingStep)
                .RecordFault("rollout", time)
                .Advance());

        During(Draining,
            When(PodsDrained, c => c.Message.StepIndex == c.Saga.AwaitingStep)
                .Record(c => new History.StepDrained(c.Message.StepIndex, c.Message.RemainingReplicas, time.GetUtcNow()))
                .Advance(),
            When(DrainFailed, c => c.Message.StepIndex == c.Saga.AwaitingStep)
                .Record(c => new History.StepFailed(c.Message.StepIndex, "drain", c.Message.Reason, time.GetUtcNow()))
                .Advance(),
            When(DrainFaulted, c => c.Message.Message.StepIndex == c.Saga.AwaitingStep)
                .RecordFault("drain", time)
                .Advance());

        During(Routing,
            When(RouteSet, c => c.Message.StepIndex == c.Saga.AwaitingStep)
                .RecordRoute(time)
                .Advance(),
            When(RouteFailed, c => c.Message.StepIndex == c.Saga.AwaitingStep)
                .Record(c => new History.StepFailed(c.Message.StepIndex, "route", c.Message.Reason, time.GetUtcNow()))
                .Advance(),
            When(RouteFaulted, c => c.Message.Message.StepIndex == c.Saga.AwaitingStep)
                .RecordFault("traffic routing", time)
                .Advance());

        During([Stabilizing, Observing],
            When(StepWaitDue, c => c.Message.TokenId == c.Saga.WaitTokenId)
                .Record(c => new History.WaitEnded(DeploymentProgress.CurrentStep(c.Saga)!.Index, c.Saga.WaitKind!, time.GetUtcNow()))
                .Advance());

        During(Verifying,
            When(GateEvaluated, c => IsAwaitedGate(c.Saga, c.Message.Stage, c.Message.StepIndex))
                .RecordGate(time)
                .Advance(),
            When(GateFaulted, c => IsAwaitedGate(c.Saga, c.Message.Message.Stage, c.Message.Message.StepIndex))
                .RecordFault("quality gate", time)
                .Advance());

        // No answer within the progress deadline fails the deployment (and rolls it back once it changed the cluster).
        During([.. AnswerAwaited, RollingBack],
            When(ProgressDeadlineDue, c => c.Saga.Awaiting is not null && c.Message.TokenId == c.Saga.DeadlineTokenId)
                .Record(c => new History.ProgressDeadlineExceeded(c.Saga.AwaitingWhat ?? c.Saga.Awaiting!,
                    (c.Saga.DeadlineAt - c.Saga.AwaitingSince) ?? TimeSpan.Zero, time.GetUtcNow()))
                .Advance());
    }

    /// <summary>Whether a gate's answer is for the gate the saga waits on.</summary>
    private static bool IsAwaitedGate(DeploymentState s, string stage, int stepIndex) =>
        s.Awaiting == AwaitedCommands.Gate(stage) && s.AwaitingStep == stepIndex;
}
