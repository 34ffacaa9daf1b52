using Suite.ComplianceWindows.Calendars;
using Suite.ComplianceWindows.Evaluation;

namespace Suite.ComplianceWindows;

/// <summary>A decision as the saga receives it: <see cref="ComplianceWindowChecked"/>.</summary>
public static class ComplianceAnswer
{
    public static ComplianceWindowChecked From(
        CheckComplianceWindow request, string name, ComplianceCalendar profile, ComplianceDecision decision, DateTimeOffset now) => new()
    {
        DeploymentId = request.DeploymentId,
        StepIndex = request.StepIndex,
        IsOpen = decision.IsOpen,
        Profile = name,
        Reason = decision.Reason,
        ReopensAt = decision.ReopensAt,
        ClosesAt = decision.ClosesAt,
        RecheckAt = decision.RecheckAt,
        Overridden = decision.Overridden,
        OverriddenReason = decision.OverriddenReason,
        OverrideAllowed = profile.Overrides.Allowed,
        OverrideRequiresSecondPerson = profile.Overrides.SecondPerson,
        RequiresApproval = decision.RequiresApproval,
        ApprovalReason = decision.ApprovalReason,
        Frameworks = [.. profile.Frameworks.Select(f => f.Name)],
        MaxWait = profile.MaxWait,
        GiveUpAt = decision.IsOpen ? null : (request.WaitingSince ?? now) + profile.MaxWait,
        CheckedAt = now,
    };

    public static ComplianceWindowChecked UnknownProfile(CheckComplianceWindow request, string name, DateTimeOffset now) => new()
    {
        DeploymentId = request.DeploymentId,
        StepIndex = request.StepIndex,
        IsOpen = false,
        Profile = name,
        Reason = $"unknown compliance profile '{name}'",
        Permanent = true,
        CheckedAt = now,
    };
}
