using System.Globalization;

namespace Suite.ComplianceWindows.Calendars;

/// <summary>Values as profile files write them: "09:30", "24:00", "2026-11-26", "45m", "3d", "2026-12-24T00:00:00-05:00", "yes".</summary>
internal static class ValueText
{
    private static readonly string[] LocalFormats = ["yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd"];

    /// <summary>A time of day, HH:mm; "24:00" is midnight at the end of the day (<paramref name="endOfDay"/>).</summary>
    public static bool TryTime(string text, out TimeOnly time, out bool endOfDay)
    {
        endOfDay = text.Trim() == "24:00";
        if (endOfDay)
        {
            time = TimeOnly.MinValue;
            return true;
        }

        return TimeOnly.TryParseExact(text.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
    }

    public static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Go-style durations ("30s", "45m", "1h30m") or whole days ("3d").</summary>
    public static bool TryDuration(string text, out TimeSpan duration)
    {
        var trimmed = text.Trim();
        if (trimmed.EndsWith('d') && int.TryParse(trimmed[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var days))
        {
            duration = TimeSpan.FromDays(days);
            return true;
        }

        return DurationText.TryParse(trimmed, out duration);
    }

    public static bool TryNumber(string text, out double number) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out number) && double.IsFinite(number);

    public static bool TryBool(string text, out bool value)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "true" or "yes" or "on":
                value = true;
                return true;
            case "false" or "no" or "off":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    /// <summary>
    /// An instant: ISO-8601 with an offset ("2026-12-24T00:00:00-05:00", "…Z"), or a local date-time
    /// ("2026-12-24 00:00", a bare date meaning midnight) on the clocks of <paramref name="zone"/>.
    /// </summary>
    public static bool TryInstant(string text, TimeZoneInfo zone, bool isEnd, out DateTimeOffset instant)
    {
        var trimmed = text.Trim();
        if (HasOffset(trimmed) && DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant))
        {
            return true;
        }

        if (DateTime.TryParseExact(trimmed, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            instant = WallClock.ToInstant(local, zone, earliest: !isEnd);
            return true;
        }

        instant = default;
        return false;
    }

    /// <summary>Whether an ISO-8601 date-time names its offset: "Z", or a sign after the time.</summary>
    public static bool HasOffset(string text)
    {
        var time = text.IndexOfAny(['T', ' ']);
        return time > 0 && (text.EndsWith('Z') || text.EndsWith('z') || text.AsSpan(time).IndexOfAny('+', '-') >= 0);
    }
}
