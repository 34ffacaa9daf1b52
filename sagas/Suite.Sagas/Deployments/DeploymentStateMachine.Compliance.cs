using Suite.Contracts.Compliance;
using History = Suite.Sagas.History;

namespace Suite.Sagas.Deployments;

/// <summary>
/// The compliance window before the start and at every step boundary, approvals and emergency
/// overrides (docs/compliance.md, "How the saga uses it"). A closed answer holds the deployment at the
/// boundary, rechecked when it should reopen and failed past the profile's maximum wait; an answer to
/// another boundary than the one asked about is stale.
/// </summary>
public sealed partial class DeploymentStateMachine
{
    private void Complying(TimeProvider time)
    {
        During(CheckingWindow,
            When(WindowChecked, c => IsAwaitedWindow(c.Saga, c.Message.StepIndex))
                .Record(c => ComplianceDecisions.Answer(c.Message, time.GetUtcNow()))
                .Advance(),
            When(WindowCheckFaulted, c => IsAwaitedWindow(c.Saga, c.Message.Message.StepIndex))
                .RecordFault("compliance window check", time)
                .Advance());

        During(AwaitingWindow,
            When(WindowRecheckDue, c => c.Message.TokenId == c.Saga.WindowRecheckTokenId)
                .Record(_ => new History.WindowRecheckStarted(time.GetUtcNow()))
                .Advance());

        During(AwaitingApproval,
            When(ApprovalWaitDue, c => c.Message.TokenId == c.Saga.ApprovalTokenId)
                .IfElse(c => time.GetUtcNow() >= c.Saga.ApprovalGiveUpAt,
                    expired => expired.Record(_ => new History.ApprovalWaitExpired(time.GetUtcNow())),
                    longer => longer.ThenAsync(c => DeploymentTimers.ApprovalWait(c, c.Saga.ApprovalGiveUpAt!.Value, time.GetUtcNow())))
                .Advance());

        During(Running,
            When(ApproveRequested, c => c.Saga.ApprovedBy is null)
                .Record(c => ComplianceDecisions.Approval(c.Saga, c.Message, time.GetUtcNow()))
                .Advance(),
            When(OverrideRequested, c => c.Saga.OverriddenBy is null)
                .Record(c => ComplianceDecisions.Override(c.Saga, c.Message, time.GetUtcNow()))
                .If(c => c.Saga.OverriddenBy is not null, accepted => accepted.PublishAsync(c => c.Init<ComplianceWindowOverridden>(
                    ComplianceDecisions.Overridden(c.Saga, c.Message, time.GetUtcNow()))))
                .Advance());
    }

    /// <summary>Whether an answer is for the check under way: the start's while the start is not cleared, else the awaited step's.</summary>
    private static bool IsAwaitedWindow(DeploymentState s, int? stepIndex) =>
        s.Awaiting == AwaitedCommands.ComplianceWindow && (stepIndex is { } step ? s.WindowOpen && s.AwaitingStep == step : !s.WindowOpen);
}
