using History = Suite.Sagas.History;

namespace Suite.Sagas.Deployments;

/// <summary>
/// The rollback, and what a deployment that has ended still does: retire the warm previous version
/// when the rollback window is over, switch back to it on a revert inside the window, and run again
/// as a new deployment on a retry.
/// </summary>
public sealed partial class DeploymentStateMachine
{
    private void Ending(TimeProvider time)
    {
        During(RollingBack,
            When(RollbackApplied)
                .Record(c => new History.RollbackCompleted(c.Saga.PreviousImage, c.Message.RestoredReplicas, time.GetUtcNow(),
                    c.Saga.RollbackStartedAt, c.Message.FullyServingAt, c.Message.RestoreStartedAt, c.Message.PreviousReadyAt, c.Message.TrafficSwitchedAt))
                .Advance(),
            When(RollbackFailed)
                .Record(c => new History.RollbackFailed(c.Message.Reason, time.GetUtcNow()))
                .Advance(),
            When(RollbackFaulted)
                .Record(c => new History.RollbackFailed(c.Message.Exceptions.FirstOrDefault()?.Message ?? "the rollback command faulted", time.GetUtcNow()))
                .Advance(),
            When(RevertRequested).RefuseRevert(time),
            When(RetryRequested).RefuseRetry(time));

        During(Succeeded,
            When(RetirementDue, c => c.Message.TokenId == c.Saga.RetirementTokenId)
                .ThenAsync(c => DeploymentTimers.Retire(c, time.GetUtcNow())),
            When(PreviousRetired, c => c.Saga.Retiring)
                .Record(_ => new History.RetirementCompleted(time.GetUtcNow())),
            When(RetireFaulted, c => c.Saga.Retiring)
                .Record(c => new History.RetirementFailed(c.Message.Exceptions.FirstOrDefault()?.Message ?? "faulted", time.GetUtcNow())),
            When(RevertRequested)
                .Revert(time)
                .If(c => c.Saga is { RevertRequested: true, Outcome: null }, reverting => reverting.Advance()),
            When(RetryRequested).RefuseRetry(time));

        During([RolledBack, Failed, Aborted],
            When(RetryRequested).Retry(time),
            When(RevertRequested).RefuseRevert(time));

        During(Rejected,
            When(RetryRequested).RefuseRetry(time),
            When(RevertRequested).RefuseRevert(time));

        During([.. Ended, RollingBack],
            Ignore(PauseRequested),
            Ignore(ResumeRequested),
            Ignore(AbortRequested),
            Ignore(PromoteRequested),
            Ignore(ApproveRequested),
            Ignore(OverrideRequested));
    }
}
