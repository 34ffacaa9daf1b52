namespace Suite.Planning.Checks;

/// <summary>Reads the durations of a request ("30s", "5m", "1h30m") and names the field of one that is not.</summary>
internal static class Durations
{
    /// <summary><paramref name="fallback"/> when <paramref name="text"/> is null; null (and an error) when it cannot be read.</summary>
    public static TimeSpan? Read(string field, string? text, TimeSpan? fallback, List<string> errors)
    {
        if (text is null)
        {
            return fallback;
        }

        if (DurationText.TryParse(text, out var duration))
        {
            return duration;
        }

        errors.Add($"{field} '{text}' is not a duration like '30s', '5m' or '1h30m'");
        return null;
    }

    /// <summary>A zero wait is no wait.</summary>
    public static TimeSpan? NonZero(TimeSpan? duration) => duration is { } d && d > TimeSpan.Zero ? d : null;
}
