namespace Suite.ComplianceWindows.Approvals;

/// <summary>Whether a profile lets an emergency override open a closed window, and whether its approver must be a second person.</summary>
public sealed record OverridePolicy
{
    public bool Allowed { get; init; } = true;

    public bool SecondPerson { get; init; }
}
