namespace Suite.ComplianceWindows.Evaluation;

/// <summary>
/// Open (until <see cref="ClosesAt"/>, when known), or closed with the reason (the cause that began
/// first; <see cref="Causes"/> lists all) and, when the calendar knows it, when it reopens.
/// </summary>
public sealed record ComplianceDecision
{
    public bool IsOpen { get; init; }

    public string? Reason { get; init; }

    public IReadOnlyList<string> Causes { get; init; } = [];

    /// <summary>When closed by the calendar: the first instant of open time, within the search horizon. Signals have no known end.</summary>
    public DateTimeOffset? ReopensAt { get; init; }

    /// <summary>When open: when the calendar's open time ends, within the search horizon.</summary>
    public DateTimeOffset? ClosesAt { get; init; }

    /// <summary>When closed: when asking again may find it open.</summary>
    public DateTimeOffset? RecheckAt { get; init; }

    public bool Overridden { get; init; }

    /// <summary>What the override opened: the reason the window would have been closed for.</summary>
    public string? OverriddenReason { get; init; }

    public bool RequiresApproval { get; init; }

    public string? ApprovalReason { get; init; }
}
