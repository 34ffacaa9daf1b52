using Suite.ComplianceWindows.Approvals;
using Suite.ComplianceWindows.Profiles;
using Suite.ComplianceWindows.Signals;

namespace Suite.ComplianceWindows.Calendars;

/// <summary>
/// A compliance profile as loaded and validated: when deployments may run (recurring closed and
/// allowed-only windows, critical sessions, holidays, freezes, each in its own time zone), which
/// signals block them, and what the profile's frameworks demand (approval, overrides, waiting).
/// </summary>
public sealed record ComplianceCalendar
{
    public static readonly TimeSpan DefaultMaxWait = TimeSpan.FromHours(24);

    public required string Name { get; init; }

    public string? Description { get; init; }

    /// <summary>Where it came from: a file's path, or "configuration".</summary>
    public string Source { get; init; } = "";

    /// <summary>The time zone of every rule that names none.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    public IReadOnlyList<Framework> Frameworks { get; init; } = [];

    public IReadOnlyList<RecurringWindow> Closed { get; init; } = [];

    /// <summary>When any: deployments run only inside one of these.</summary>
    public IReadOnlyList<RecurringWindow> AllowedOnly { get; init; } = [];

    public IReadOnlyList<CriticalSession> CriticalSessions { get; init; } = [];

    /// <summary>How long before a critical session that names no guard of its own it closes.</summary>
    public TimeSpan SessionGuard { get; init; }

    public IReadOnlyList<HolidayCalendar> Holidays { get; init; } = [];

    public IReadOnlyList<Freeze> Freezes { get; init; } = [];

    public IReadOnlyList<SignalRule> Signals { get; init; } = [];

    /// <summary>How soon to ask again while a signal blocks (it has no known end).</summary>
    public TimeSpan SignalRecheck { get; init; } = TimeSpan.FromMinutes(1);

    public ApprovalRequirement? RequireApproval { get; init; }

    public OverridePolicy Overrides { get; init; } = new();

    /// <summary>How long a deployment may wait for the window before it fails.</summary>
    public TimeSpan MaxWait { get; init; } = DefaultMaxWait;

    /// <summary>Open except for <paramref name="freezes"/>: what a profile given only in configuration is.</summary>
    public static ComplianceCalendar FromFreezes(string name, IEnumerable<Freeze> freezes) =>
        new() { Name = name, Source = "configuration", Freezes = [.. freezes] };
}
