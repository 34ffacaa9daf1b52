using System.Globalization;
using System.Text;

namespace Suite.Cluster.Waiting;

/// <summary>Writes a duration as people say it in a reason line: <c>5m</c>, <c>1m30s</c>, <c>500ms</c>.</summary>
public static class DurationText
{
    public static string Format(TimeSpan span)
    {
        if (span < TimeSpan.FromSeconds(1))
        {
            return span.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + "ms";
        }

        var text = new StringBuilder();
        Append(text, (int)span.TotalHours, "h");
        Append(text, span.Minutes, "m");
        Append(text, span.Seconds, "s");
        return text.ToString();
    }

    private static void Append(StringBuilder text, int value, string unit)
    {
        if (value > 0)
        {
            text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }
}
