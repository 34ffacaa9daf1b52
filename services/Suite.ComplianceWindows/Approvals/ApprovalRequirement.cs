namespace Suite.ComplianceWindows.Approvals;

/// <summary>A profile's demand that a second person approves deployments to some environments before they start.</summary>
public sealed record ApprovalRequirement
{
    /// <summary>The environments it applies to (case-insensitive); empty: every environment.</summary>
    public IReadOnlyList<string> Environments { get; init; } = [];

    /// <summary>Why, e.g. "MiFID II / Dodd-Frank: a second person approves every production change".</summary>
    public string Reason { get; init; } = "";

    public bool AppliesTo(string? environment) =>
        Environments.Count == 0 || Environments.Any(e => string.Equals(e.Trim(), environment?.Trim(), StringComparison.OrdinalIgnoreCase));
}
