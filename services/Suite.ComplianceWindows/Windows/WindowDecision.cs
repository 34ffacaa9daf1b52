namespace Suite.ComplianceWindows.Windows;

/// <summary>Open, or closed with why and, when known, when it opens again.</summary>
public sealed record WindowDecision(bool IsOpen, string? Reason, DateTimeOffset? ReopensAt)
{
    public static WindowDecision Open { get; } = new(true, null, null);

    public static WindowDecision Closed(string reason, DateTimeOffset? reopensAt) => new(false, reason, reopensAt);
}
