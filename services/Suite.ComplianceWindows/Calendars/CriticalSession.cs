using System.Globalization;
using Suite.ComplianceWindows.Evaluation;

namespace Suite.ComplianceWindows.Calendars;

/// <summary>
/// A one-off session that must not be disturbed (e.g. an FOMC announcement and press conference):
/// closed from <see cref="Guard"/> (or the profile's session guard) before it starts until it ends.
/// </summary>
public sealed record CriticalSession
{
    public required string Name { get; init; }

    public DateOnly Date { get; init; }

    public TimeOnly From { get; init; }

    public TimeOnly To { get; init; }

    /// <summary>Null: the profile's session guard.</summary>
    public TimeSpan? Guard { get; init; }

    /// <summary>Null: the profile's time zone.</summary>
    public TimeZoneInfo? TimeZone { get; init; }

    public Closure Closure(TimeZoneInfo profileZone, TimeSpan profileGuard)
    {
        var zone = TimeZone ?? profileZone;
        var guard = Guard ?? profileGuard;
        var clock = string.Create(CultureInfo.InvariantCulture, $"{Date:yyyy-MM-dd} {From:HH:mm}-{To:HH:mm} {zone.Id}");
        return new Closure(
            WallClock.Start(Date, From, zone) - guard,
            WallClock.End(To > From ? Date : Date.AddDays(1), To, zone),
            guard > TimeSpan.Zero ? $"critical session: {Name} {clock} (closed from {DurationText.Format(guard)} before)" : $"critical session: {Name} {clock}");
    }
}
