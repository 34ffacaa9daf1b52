using Suite.ComplianceWindows.Evaluation;

namespace Suite.ComplianceWindows.Calendars;

/// <summary>
/// A named list of holidays (e.g. NYSE). Recurring windows that name it skip or move off its days;
/// when <see cref="Closed"/>, its days are closed from midnight to midnight in its time zone.
/// </summary>
public sealed record HolidayCalendar
{
    public required string Name { get; init; }

    public IReadOnlyDictionary<DateOnly, string> Dates { get; init; } = new Dictionary<DateOnly, string>();

    public bool Closed { get; init; }

    /// <summary>Null: the profile's time zone.</summary>
    public TimeZoneInfo? TimeZone { get; init; }

    public bool Contains(DateOnly date) => Dates.ContainsKey(date);

    /// <summary>A weekday that is not a holiday.</summary>
    public bool IsBusinessDay(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !Contains(date);

    public IEnumerable<Closure> Closures(DateTimeOffset from, DateTimeOffset to, TimeZoneInfo profileZone)
    {
        if (!Closed)
        {
            yield break;
        }

        var zone = TimeZone ?? profileZone;
        foreach (var (date, name) in Dates)
        {
            var closure = new Closure(
                WallClock.Start(date, TimeOnly.MinValue, zone), WallClock.Start(date.AddDays(1), TimeOnly.MinValue, zone),
                $"holiday: {name} ({Name})");
            if (closure.Intersects(from, to))
            {
                yield return closure;
            }
        }
    }
}
