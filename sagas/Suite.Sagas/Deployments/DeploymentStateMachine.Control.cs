using History = Suite.Sagas.History;

namespace Suite.Sagas.Deployments;

/// <summary>
/// Pause, resume, promote and abort while the deployment runs (docs/control.md has the whole table).
/// A pause waits for the awaited answer, so a step is never left half done; where nothing is in
/// flight it takes effect at once. Abort acts at once: the answer of a command in flight is
/// ignored when it comes.
/// </summary>
public sealed partial class DeploymentStateMachine
{
    private void Controlling(TimeProvider time)
    {
        During(AnswerAwaited,
            When(PauseRequested, c => !c.Saga.PauseRequested)
                .Record(c => new History.PauseRequested(c.Message.RequestedBy, c.Message.Reason, time.GetUtcNow())),
            When(ResumeRequested, c => c.Saga.PauseRequested)
                .Record(c => new History.Resumed(c.Message.RequestedBy, c.Message.Reason, time.GetUtcNow()))
                .PublishResumed(time),
            When(PromoteRequested, c => !c.Message.Full && c.Saga.PauseRequested)
                .RecordPromoted(time)
                .PublishResumed(time));

        During(TimerRunning,
            When(PauseRequested, c => !c.Saga.PauseRequested)
                .Record(c => new History.PauseRequested(c.Message.RequestedBy, c.Message.Reason, time.GetUtcNow()))
                .Advance());

        // Promote ends a pause step's wait; a stabilization wait or a closed window is not a pause.
        During(Observing,
            When(PromoteRequested, c => !c.Message.Full)
                .RecordPromoted(time)
                .Advance());

        During(Paused,
            When(ResumeRequested)
                .Record(c => new History.Resumed(c.Message.RequestedBy, c.Message.Reason, time.GetUtcNow()))
                .PublishResumed(time)
                .Advance(),
            When(PromoteRequested, c => !c.Message.Full)
                .RecordPromoted(time)
                .PublishResumed(time)
                .Advance());

        During(Running,
            When(PromoteRequested, c => c.Message.Full && (!c.Saga.PromotedFully || c.Saga.IsPaused || c.Saga.PauseRequested))
                .If(c => c.Saga.IsPaused || c.Saga.PauseRequested, paused => paused.PublishResumed(time))
                .RecordPromoted(time)
                .Advance(),
            When(AbortRequested, c => !c.Saga.AbortRequested)
                .Record(c => new History.AbortRequested(c.Message.RequestedBy, c.Message.Reason, time.GetUtcNow()))
                .Advance(),
            When(RevertRequested).RefuseRevert(time),
            When(RetryRequested).RefuseRetry(time));
    }
}
