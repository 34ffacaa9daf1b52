using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Suite.ComplianceWindows.Calendars;

/// <summary>
/// Reads a profile file (YAML, or JSON, which YAML reads too) into a <see cref="ComplianceCalendar"/>,
/// or throws <see cref="CalendarFileException"/> listing every problem with its file and line.
/// </summary>
public static partial class CalendarFileReader
{
    public static IReadOnlyList<string> Extensions { get; } = [".yaml", ".yml", ".json"];

    public static ComplianceCalendar Read(string path) =>
        Parse(File.ReadAllText(path), path, Path.GetFileNameWithoutExtension(path));

    /// <param name="file">Named in problems.</param>
    /// <param name="defaultName">The profile's name when the file gives none (a file's name without its extension).</param>
    public static ComplianceCalendar Parse(string text, string file, string? defaultName = null)
    {
        var problems = new ProblemLog(file);
        var calendar = Load(text, problems, defaultName);
        return problems.Problems.Count == 0 && calendar is not null ? calendar with { Source = file } : throw new CalendarFileException(problems.Problems);
    }

    /// <summary>The IANA time zone under <paramref name="key"/>; an unknown one is a problem.</summary>
    internal static TimeZoneInfo? Zone(YamlFields f, string key)
    {
        if (f.Text(key) is not { } id)
        {
            return null;
        }

        var zone = TimeZones.Find(id);
        if (zone is null)
        {
            f.Problem(key, $"unknown time zone '{id}' (use an IANA id such as America/New_York)");
        }

        return zone;
    }

    private static ComplianceCalendar? Load(string text, ProblemLog problems, string? defaultName)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            problems.Add((int)e.Start.Line, Location().Replace(e.InnerException?.Message ?? e.Message, ""));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            problems.Add(1, "the file is empty: a profile is a mapping of keys (name, timeZone, closed, allowedOnly, ...)");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            problems.Add(stream.Documents[1].RootNode, "one profile per file: this file has more than one document");
        }

        var root = new YamlFields(stream.Documents[0].RootNode, problems, "the profile");
        var name = root.Text("name") ?? defaultName;
        if (string.IsNullOrWhiteSpace(name))
        {
            root.Needs("'name'");
        }

        var zone = Zone(root, "timeZone") ?? TimeZoneInfo.Utc;
        var holidays = HolidayReader.Read(root, problems);
        var calendar = new ComplianceCalendar
        {
            Name = name ?? "",
            Description = root.Text("description"),
            TimeZone = zone,
            Frameworks = PolicyReader.Frameworks(root, problems),
            RequireApproval = PolicyReader.Approval(root, problems),
            Overrides = PolicyReader.Overrides(root, problems),
            MaxWait = Positive(root, "maxWait") ?? ComplianceCalendar.DefaultMaxWait,
            Holidays = [.. holidays.Values],
            Closed = WindowReader.Read(root, "closed", problems, holidays),
            AllowedOnly = WindowReader.Read(root, "allowedOnly", problems, holidays),
            CriticalSessions = OneOffReader.Sessions(root, problems),
            SessionGuard = root.Read<TimeSpan>("sessionGuard", ValueText.TryDuration, "a duration such as 30m") ?? TimeSpan.Zero,
            Freezes = OneOffReader.Freezes(root, problems, zone),
            Signals = PolicyReader.Signals(root, problems),
            SignalRecheck = Positive(root, "signalRecheck") ?? TimeSpan.FromMinutes(1),
        };
        root.RefuseUnknownKeys();
        return calendar;
    }

    private static TimeSpan? Positive(YamlFields f, string key)
    {
        var duration = f.Read<TimeSpan>(key, ValueText.TryDuration, "a duration such as 24h or 3d");
        if (duration <= TimeSpan.Zero)
        {
            f.Problem(key, $"'{key}' must be longer than zero");
        }

        return duration;
    }

    // YamlDotNet puts the position in front of its message; the problem names the line already.
    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex Location();
}
