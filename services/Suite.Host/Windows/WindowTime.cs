using System.Globalization;
using Suite.ComplianceWindows.Calendars;
using Suite.Host.Cli;

namespace Suite.Host.Windows;

/// <summary>Times as <c>suite windows</c> takes and shows them: ISO-8601 with an offset, or a local time followed by an IANA time zone.</summary>
public static class WindowTime
{
    private static readonly string[] LocalFormats = ["yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss"];

    /// <summary>
    /// "2026-11-23T09:35:00-05:00", "2026-11-23T14:35Z" or "2026-11-23 09:35 America/New_York"; null or
    /// blank is <paramref name="now"/>. Anything else is a <see cref="CliException"/> naming <paramref name="option"/>.
    /// </summary>
    public static DateTimeOffset Parse(string? text, string option, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return now;
        }

        var trimmed = text.Trim();
        var space = trimmed.LastIndexOf(' ');
        if (space > 0 && TimeZones.Find(trimmed[(space + 1)..]) is { } zone
            && DateTime.TryParseExact(trimmed[..space].Trim(), LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return WallClock.ToInstant(local, zone, earliest: true);
        }

        if (HasOffset(trimmed) && DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            return instant;
        }

        throw new CliException(
            $"{option} '{trimmed}' is not a time: give ISO-8601 with an offset (2026-11-23T09:35:00-05:00) " +
            "or a local time and an IANA time zone (\"2026-11-23 09:35 America/New_York\")");
    }

    /// <summary>E.g. "2026-11-23 09:40 America/New_York (14:40 UTC)"; a zone that is UTC all year is not repeated.</summary>
    public static string Show(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = WallClock.InZone(instant, zone);
        if (local.Offset == TimeSpan.Zero && zone.BaseUtcOffset == TimeSpan.Zero && !zone.SupportsDaylightSavingTime)
        {
            return $"{local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} {zone.Id}";
        }

        var utc = instant.ToUniversalTime();
        var utcText = utc.Date == local.Date ? utc.ToString("HH:mm", CultureInfo.InvariantCulture) : utc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return $"{local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} {zone.Id} ({utcText} UTC)";
    }

    /// <summary>Whether the text names its offset ("Z" or a sign after the time), so that it is not read in this machine's zone.</summary>
    private static bool HasOffset(string text)
    {
        var time = text.IndexOfAny(['T', 't', ' ']);
        return time > 0 && (text.EndsWith('Z') || text.EndsWith('z') || text.AsSpan(time).IndexOfAny('+', '-') >= 0);
    }
}
