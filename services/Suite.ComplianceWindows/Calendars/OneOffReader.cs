using Suite.ComplianceWindows.Profiles;

namespace Suite.ComplianceWindows.Calendars;

/// <summary>Reads the one-off rules of a profile file: <c>criticalSessions</c> and <c>freezes</c>.</summary>
internal static class OneOffReader
{
    public static List<CriticalSession> Sessions(YamlFields profile, ProblemLog problems)
    {
        var sessions = new List<CriticalSession>();
        var items = profile.List("criticalSessions");
        for (var i = 0; i < items.Count; i++)
        {
            var f = new YamlFields(items[i], problems, $"criticalSessions #{i + 1}");
            var name = f.Text("name", required: true);
            f.What = name is null ? f.What : $"critical session '{name}'";
            var date = f.Read<DateOnly>("date", ValueText.TryDate, "a date (yyyy-MM-dd)", required: true);
            var from = f.Read<TimeOnly>("from", TryTime, "a time of day (HH:mm)", required: true);
            var to = f.Read<TimeOnly>("to", TryTime, "a time of day (HH:mm)", required: true);
            var guard = f.Read<TimeSpan>("guard", ValueText.TryDuration, "a duration such as 30m");
            var zone = CalendarFileReader.Zone(f, "timeZone");
            f.RefuseUnknownKeys();
            if (from is not null && from == to)
            {
                f.Problem("to", "'from' and 'to' are the same time: the session would be empty");
            }

            if (name is not null && date is { } day && from is { } start && to is { } end)
            {
                sessions.Add(new CriticalSession { Name = name, Date = day, From = start, To = end, Guard = guard, TimeZone = zone });
            }
        }

        return sessions;
    }

    public static List<Freeze> Freezes(YamlFields profile, ProblemLog problems, TimeZoneInfo profileZone)
    {
        var freezes = new List<Freeze>();
        var items = profile.List("freezes");
        for (var i = 0; i < items.Count; i++)
        {
            var f = new YamlFields(items[i], problems, $"freezes #{i + 1}");
            var reason = f.Text("reason", required: true);
            f.What = reason is null ? f.What : $"freeze '{reason}'";
            var zone = CalendarFileReader.Zone(f, "timeZone") ?? profileZone;
            const string Expected = "an instant (2026-12-24T00:00:00-05:00) or a local date-time (2026-12-24 00:00) in the freeze's time zone";
            var from = f.Read<DateTimeOffset>("from", (string text, out DateTimeOffset at) => ValueText.TryInstant(text, zone, false, out at), Expected, required: true);
            var to = f.Read<DateTimeOffset>("to", (string text, out DateTimeOffset at) => ValueText.TryInstant(text, zone, true, out at), Expected, required: true);
            f.RefuseUnknownKeys();
            if (from is { } start && to is { } end)
            {
                if (end <= start)
                {
                    f.Problem("to", "'to' must be after 'from'");
                }
                else if (reason is not null)
                {
                    freezes.Add(new Freeze { From = start, To = end, Reason = reason });
                }
            }
        }

        return freezes;
    }

    private static bool TryTime(string text, out TimeOnly time) => ValueText.TryTime(text, out time, out var endOfDay) && !endOfDay;
}
