using System.Globalization;
using System.Text.RegularExpressions;

namespace Suite.Contracts;

/// <summary>Durations as people write them in requests: "30s", "5m", "1h30m", "250ms" (Go's notation, whole units).</summary>
public static partial class DurationText
{
    /// <summary>Seconds with a tenth, as people read a measured time: "8.9 s".</summary>
    public static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";

    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var match = Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        foreach (Capture part in match.Groups["part"].Captures)
        {
            var unit = part.Value.TrimStart("0123456789".ToCharArray());
            var amount = long.Parse(part.Value[..^unit.Length], CultureInfo.InvariantCulture);
            duration += unit switch
            {
                "ms" => TimeSpan.FromMilliseconds(amount),
                "s" => TimeSpan.FromSeconds(amount),
                "m" => TimeSpan.FromMinutes(amount),
                _ => TimeSpan.FromHours(amount),
            };
        }

        return true;
    }

    /// <summary>The shortest text that <see cref="TryParse"/> reads back as <paramref name="duration"/>.</summary>
    public static string Format(TimeSpan duration)
    {
        if (duration == TimeSpan.Zero)
        {
            return "0s";
        }

        var text = "";
        if (duration.Hours + duration.Days * 24 > 0)
        {
            text += $"{(int)duration.TotalHours}h";
        }

        if (duration.Minutes > 0)
        {
            text += $"{duration.Minutes}m";
        }

        if (duration.Seconds > 0)
        {
            text += $"{duration.Seconds}s";
        }

        if (duration.Milliseconds > 0)
        {
            text += $"{duration.Milliseconds}ms";
        }

        return text;
    }

    [GeneratedRegex("^(?<part>[0-9]{1,9}(ms|h|m|s))+$")]
    private static partial Regex Pattern();
}
