using YamlDotNet.RepresentationModel;

namespace Suite.ComplianceWindows.Calendars;

/// <summary>
/// Reads <c>holidays</c>: named lists, each with <c>dates</c> (a mapping of date to the holiday's
/// name, or a list of dates), an optional <c>timeZone</c> and <c>closed</c> (its days are closed whole).
/// </summary>
internal static class HolidayReader
{
    public static Dictionary<string, HolidayCalendar> Read(YamlFields profile, ProblemLog problems)
    {
        var lists = new Dictionary<string, HolidayCalendar>(StringComparer.OrdinalIgnoreCase);
        switch (profile.Get("holidays"))
        {
            case null:
                return lists;
            case YamlMappingNode map:
                foreach (var (key, node) in map.Children)
                {
                    var name = (key as YamlScalarNode)?.Value?.Trim();
                    if (string.IsNullOrEmpty(name))
                    {
                        problems.Add(key, "holidays: each holiday list needs a name as its key");
                        continue;
                    }

                    lists[name] = List(name, new YamlFields(node, problems, $"holiday list '{name}'"), problems);
                }

                return lists;
            case var other:
                problems.Add(other, "holidays must be a mapping of list names (e.g. nyse) to their dates");
                return lists;
        }
    }

    private static HolidayCalendar List(string name, YamlFields f, ProblemLog problems)
    {
        var zone = CalendarFileReader.Zone(f, "timeZone");
        var closed = f.Read<bool>("closed", ValueText.TryBool, "true or false") ?? false;
        var dates = new Dictionary<DateOnly, string>();
        switch (f.Get("dates"))
        {
            case null:
                f.Needs("'dates'");
                break;
            case YamlMappingNode map:
                foreach (var (key, value) in map.Children)
                {
                    Add(dates, key, (value as YamlScalarNode)?.Value, f, problems);
                }

                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    Add(dates, item, null, f, problems);
                }

                break;
            case var other:
                problems.Add(other, $"{f.What}: 'dates' must map dates to names (2026-11-26: Thanksgiving Day) or list dates");
                break;
        }

        f.RefuseUnknownKeys();
        return new HolidayCalendar { Name = name, Dates = dates, Closed = closed, TimeZone = zone };
    }

    private static void Add(Dictionary<DateOnly, string> dates, YamlNode node, string? holiday, YamlFields f, ProblemLog problems)
    {
        var text = (node as YamlScalarNode)?.Value ?? "";
        if (!ValueText.TryDate(text, out var date))
        {
            problems.Add(node, $"{f.What}: '{text}' is not a date (yyyy-MM-dd)");
        }
        else if (!dates.TryAdd(date, string.IsNullOrWhiteSpace(holiday) ? text : holiday.Trim()))
        {
            problems.Add(node, $"{f.What}: {text} is listed twice");
        }
    }
}
