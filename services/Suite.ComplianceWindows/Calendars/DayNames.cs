namespace Suite.ComplianceWindows.Calendars;

/// <summary>Days of the week as profiles write them: "Mon", "monday", "weekdays", "weekends", "daily", "Mon-Fri".</summary>
public static class DayNames
{
    public static IReadOnlySet<DayOfWeek> Every { get; } = new HashSet<DayOfWeek>(Enum.GetValues<DayOfWeek>());

    public static IReadOnlySet<DayOfWeek> Weekdays { get; } =
        new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday };

    private static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>The days <paramref name="text"/> names (one name, a group, or a range), or null when it names none.</summary>
    public static IReadOnlySet<DayOfWeek>? Parse(string text)
    {
        var word = text.Trim().ToLowerInvariant();
        switch (word)
        {
            case "daily" or "every day" or "everyday" or "all":
                return Every;
            case "weekdays":
                return Weekdays;
            case "weekends":
                return new HashSet<DayOfWeek> { DayOfWeek.Saturday, DayOfWeek.Sunday };
        }

        var range = word.Split('-', StringSplitOptions.TrimEntries);
        if (range.Length == 2 && One(range[0]) is { } first && One(range[1]) is { } last)
        {
            var days = new HashSet<DayOfWeek>();
            for (var i = Array.IndexOf(Week, first); ; i = (i + 1) % 7)
            {
                days.Add(Week[i]);
                if (Week[i] == last)
                {
                    return days;
                }
            }
        }

        return range.Length == 1 && One(word) is { } day ? new HashSet<DayOfWeek> { day } : null;
    }

    // Three letters at least: "t" or "th" could be more than one day.
    private static DayOfWeek? One(string word) => word.Length >= 3
        ? Week.Cast<DayOfWeek?>().FirstOrDefault(d => d.ToString()!.StartsWith(word, StringComparison.OrdinalIgnoreCase))
        : null;
}
