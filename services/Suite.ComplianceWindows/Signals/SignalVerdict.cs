namespace Suite.ComplianceWindows.Signals;

/// <summary>What one signal rule says now: whether it blocks, why, and when asking again may find it changed.</summary>
public sealed record SignalVerdict(bool Blocks, string? Reason, DateTimeOffset? RecheckAt)
{
    public static SignalVerdict Clear { get; } = new(false, null, null);
}
