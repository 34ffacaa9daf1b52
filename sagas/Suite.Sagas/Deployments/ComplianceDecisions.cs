using Suite.Contracts.Compliance;
using History = Suite.Sagas.History;

namespace Suite.Sagas.Deployments;

/// <summary>What the saga records for compliance answers, approvals and overrides: pure, tested without a bus.</summary>
public static class ComplianceDecisions
{
    /// <summary>Why a deployment waits for approval when the profile gave no reason.</summary>
    public const string DefaultApprovalReason = "the compliance profile requires a second person's approval";

    public static History.WindowChecked Answer(ComplianceWindowChecked m, DateTimeOffset now) =>
        new(m.IsOpen, m.Profile, m.Reason, m.ReopensAt, now, m.Permanent, m.StepIndex, m.RecheckAt, m.GiveUpAt, m.MaxWait, m.Overridden,
            m.RequiresApproval, m.ApprovalReason, m.OverrideAllowed, m.OverrideRequiresSecondPerson);

    /// <summary>Granted, or refused with the reason (no approver or reason, or the requester approving their own deployment).</summary>
    public static History.IHistoryEvent Approval(DeploymentState s, ApproveDeployment m, DateTimeOffset now)
    {
        var check = ApprovalPolicy.CheckApproval(s.RequestedBy, m.Approver, m.Reason);
        return check.Accepted
            ? new History.ApprovalGranted(m.Approver.Trim(), m.Reason.Trim(), now)
            : new History.ApprovalRefused(m.Approver?.Trim() ?? "", check.Refusal!, now);
    }

    /// <summary>Accepted under the override rules of the last answer (before any answer: allowed, and the next check decides), or refused with the reason.</summary>
    public static History.IHistoryEvent Override(DeploymentState s, OverrideComplianceWindow m, DateTimeOffset now)
    {
        var check = ApprovalPolicy.CheckOverride(s.OverrideAllowed, s.OverrideRequiresSecondPerson, s.RequestedBy, m.Approver, m.Reason);
        return check.Accepted
            ? new History.WindowOverridden(m.Approver.Trim(), m.Reason.Trim(), s.WindowClosedReason ?? s.LastClosedReason, now)
            : new History.OverrideRefused(m.Approver?.Trim() ?? "", check.Refusal!, now);
    }

    public static ComplianceWindowOverridden Overridden(DeploymentState s, OverrideComplianceWindow m, DateTimeOffset now) => new()
    {
        DeploymentId = s.CorrelationId, Application = s.Application, Namespace = s.Namespace, Environment = s.Environment,
        Approver = m.Approver.Trim(), Reason = m.Reason.Trim(), ClosedReason = s.LastClosedReason, OccurredAt = now,
    };
}
