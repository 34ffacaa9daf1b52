using YamlDotNet.RepresentationModel;

namespace Suite.ComplianceWindows.Calendars;

/// <summary>Reads the recurring windows of a profile file: <c>closed</c> (time closed) or <c>allowedOnly</c> (the only open time).</summary>
internal static class WindowReader
{
    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth"];

    public static List<RecurringWindow> Read(
        YamlFields profile, string key, ProblemLog problems, IReadOnlyDictionary<string, HolidayCalendar> holidays)
    {
        var allowedOnly = key == "allowedOnly";
        var windows = new List<RecurringWindow>();
        var items = profile.List(key);
        for (var i = 0; i < items.Count; i++)
        {
            var f = new YamlFields(items[i], problems, $"{key} #{i + 1}");
            var name = f.Text("name", required: true);
            f.What = name is null ? f.What : $"{key} '{name}'";
            var days = Days(f);
            var weekOfMonth = f.Read<int>("weekOfMonth", TryWeekOfMonth, "1 to 5, first to fifth, or last");
            var at = f.Read<TimeOnly>("at", TryTime, "a time of day (HH:mm)");
            var (from, fromEnd) = Clock(f, "from", required: at is null);
            var (to, toEnd) = Clock(f, "to", required: at is null);
            var guard = f.Read<TimeSpan>("guard", ValueText.TryDuration, "a duration such as 30m") ?? TimeSpan.Zero;
            var zone = CalendarFileReader.Zone(f, "timeZone");
            var holidayList = Holidays(f, holidays);
            var onHoliday = f.Read<HolidayShift>("onHoliday", TryShift, "skip or previousBusinessDay") ?? HolidayShift.Skip;
            f.RefuseUnknownKeys();

            if (at is not null && (f.Get("from") is not null || f.Get("to") is not null))
            {
                f.Problem("at", "give either 'at' (with a 'guard') or 'from' and 'to', not both");
            }
            else if (at is not null && guard <= TimeSpan.Zero)
            {
                f.Problem("at", "'at' needs a 'guard': how long before it is closed");
            }

            if (allowedOnly && (at is not null || guard > TimeSpan.Zero))
            {
                f.Problem("an allowed window takes 'from' and 'to' only, no 'at' or 'guard'");
            }

            if (fromEnd)
            {
                f.Problem("from", "'from' cannot be 24:00; use 00:00");
            }

            if (from is not null && to is not null && from == to && !toEnd)
            {
                f.Problem("to", "'from' and 'to' are the same time: the window would be empty (use 24:00 for a whole day)");
            }

            if (onHoliday != HolidayShift.Skip && holidayList is null)
            {
                f.Problem("onHoliday", "'onHoliday' needs 'holidays': the holiday list to move off");
            }

            if (name is null || days is null)
            {
                continue;
            }

            var start = at ?? from ?? TimeOnly.MinValue;
            var end = at ?? to ?? TimeOnly.MinValue;
            windows.Add(new RecurringWindow
            {
                Name = name, Days = days, WeekOfMonth = weekOfMonth, From = start, To = end,
                EndsNextDay = at is null && (toEnd || end < start), Guard = guard, TimeZone = zone, Holidays = holidayList, OnHoliday = onHoliday,
            });
        }

        return windows;
    }

    private static IReadOnlySet<DayOfWeek>? Days(YamlFields f)
    {
        if (f.Get("days") is null)
        {
            return DayNames.Every;
        }

        var days = new HashSet<DayOfWeek>();
        foreach (var item in f.List("days"))
        {
            var text = (item as YamlScalarNode)?.Value ?? "";
            var named = text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(DayNames.Parse).ToList();
            if (named.Count == 0 || named.Any(d => d is null))
            {
                f.Problem("days", $"'days' has '{text}', which is not a day (Mon … Sun), a range (Mon-Fri), weekdays, weekends or daily");
                return null;
            }

            days.UnionWith(named.SelectMany(d => d!));
        }

        return days;
    }

    private static (TimeOnly? Time, bool EndOfDay) Clock(YamlFields f, string key, bool required)
    {
        var endOfDay = false;
        var time = f.Read<TimeOnly>(key, (string text, out TimeOnly t) => ValueText.TryTime(text, out t, out endOfDay), "a time of day (HH:mm, or 24:00)", required);
        return (time, endOfDay);
    }

    private static HolidayCalendar? Holidays(YamlFields f, IReadOnlyDictionary<string, HolidayCalendar> holidays)
    {
        if (f.Text("holidays") is not { } name)
        {
            return null;
        }

        if (holidays.TryGetValue(name, out var list))
        {
            return list;
        }

        f.Problem("holidays", $"unknown holiday list '{name}'" + (holidays.Count == 0 ? " (the profile has no 'holidays')" : $" (known: {string.Join(", ", holidays.Keys)})"));
        return null;
    }

    private static bool TryTime(string text, out TimeOnly time) => ValueText.TryTime(text, out time, out var endOfDay) && !endOfDay;

    private static bool TryWeekOfMonth(string text, out int week)
    {
        var word = text.Trim().ToLowerInvariant();
        week = word == "last" ? -1 : Array.IndexOf(Ordinals, word) + 1;
        if (week == 0 && int.TryParse(word, out var number) && number is >= 1 and <= 5)
        {
            week = number;
        }

        return week != 0;
    }

    private static bool TryShift(string text, out HolidayShift shift) =>
        Enum.TryParse(text.Trim(), ignoreCase: true, out shift) && Enum.IsDefined(shift);
}
