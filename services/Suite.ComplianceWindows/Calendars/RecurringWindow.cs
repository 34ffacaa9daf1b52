using System.Globalization;
using Suite.ComplianceWindows.Evaluation;

namespace Suite.ComplianceWindows.Calendars;

/// <summary>
/// A window that comes back on chosen days: from <see cref="From"/> to <see cref="To"/> wall-clock
/// time in its time zone (the next day when <see cref="EndsNextDay"/>), starting <see cref="Guard"/>
/// earlier. In a profile it either closes time ("closed") or is the only open time ("allowedOnly").
/// </summary>
public sealed record RecurringWindow
{
    public required string Name { get; init; }

    public IReadOnlySet<DayOfWeek> Days { get; init; } = DayNames.Every;

    /// <summary>Only the nth such weekday of the month (1-5), or the last (-1); null: every week.</summary>
    public int? WeekOfMonth { get; init; }

    public TimeOnly From { get; init; }

    public TimeOnly To { get; init; }

    public bool EndsNextDay { get; init; }

    public TimeSpan Guard { get; init; }

    /// <summary>Null: the profile's time zone.</summary>
    public TimeZoneInfo? TimeZone { get; init; }

    /// <summary>The holiday list whose days this window skips or moves off (<see cref="OnHoliday"/>).</summary>
    public HolidayCalendar? Holidays { get; init; }

    public HolidayShift OnHoliday { get; init; } = HolidayShift.Skip;

    public IEnumerable<Closure> Occurrences(DateTimeOffset from, DateTimeOffset to, TimeZoneInfo profileZone)
    {
        var zone = TimeZone ?? profileZone;
        var description = Describe(profileZone);

        // Generous by a few days either way: an occurrence may start the day before, and a holiday may move one back.
        var last = WallClock.DateIn(to, zone).AddDays(5);
        for (var date = WallClock.DateIn(from, zone).AddDays(-3); date <= last; date = date.AddDays(1))
        {
            if (DayOf(date) is not { } day)
            {
                continue;
            }

            var occurrence = new Closure(
                WallClock.Start(day, From, zone) - Guard, WallClock.End(EndsNextDay ? day.AddDays(1) : day, To, zone), description);
            if (occurrence.Intersects(from, to))
            {
                yield return occurrence;
            }
        }
    }

    /// <summary>E.g. "opening auction 09:30-09:40 America/New_York".</summary>
    public string Describe(TimeZoneInfo profileZone)
    {
        var zone = (TimeZone ?? profileZone).Id;
        var guard = Guard > TimeSpan.Zero ? DurationText.Format(Guard) : null;
        if (From == To && !EndsNextDay)
        {
            return $"{Name} at {Clock(From)} {zone}" + (guard is null ? "" : $" (closed from {guard} before)");
        }

        return $"{Name} {Clock(From)}-{(EndsNextDay && To == TimeOnly.MinValue ? "24:00" : Clock(To))} {zone}"
            + (guard is null ? "" : $" (closed from {guard} before)");
    }

    /// <summary>The day an occurrence falls on when <paramref name="date"/> is one of its nominal days; null when it is not.</summary>
    private DateOnly? DayOf(DateOnly date)
    {
        if (!Days.Contains(date.DayOfWeek) || !InWeekOfMonth(date))
        {
            return null;
        }

        if (Holidays is null || !Holidays.Contains(date))
        {
            return date;
        }

        if (OnHoliday == HolidayShift.Skip)
        {
            return null;
        }

        var earlier = date.AddDays(-1);
        while (!Holidays.IsBusinessDay(earlier))
        {
            earlier = earlier.AddDays(-1);
        }

        return earlier;
    }

    private bool InWeekOfMonth(DateOnly date) => WeekOfMonth switch
    {
        null => true,
        -1 => date.AddDays(7).Month != date.Month,
        var n => (date.Day - 1) / 7 + 1 == n,
    };

    private static string Clock(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
