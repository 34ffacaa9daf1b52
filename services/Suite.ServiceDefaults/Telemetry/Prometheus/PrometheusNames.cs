using System.Globalization;
using System.Text;

namespace Suite.ServiceDefaults;

/// <summary>Prometheus' rules for names, label values and numbers.</summary>
internal static class PrometheusNames
{
    /// <summary>A metric name: dots and every other character outside [a-zA-Z0-9_:] become underscores, plus the unit and _total suffixes.</summary>
    public static string MetricName(string name, string? unit, bool isCounter)
    {
        var sanitized = Sanitize(name, allowColon: true);
        var suffix = UnitSuffix(unit);
        if (suffix is not null && !sanitized.EndsWith("_" + suffix, StringComparison.Ordinal))
        {
            sanitized += "_" + suffix;
        }

        if (isCounter && !sanitized.EndsWith("_total", StringComparison.Ordinal))
        {
            sanitized += "_total";
        }

        return sanitized;
    }

    public static string LabelName(string name) => Sanitize(name, allowColon: false);

    public static string EscapeLabelValue(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal);

    public static string EscapeHelp(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal);

    public static string Number(double value) => value switch
    {
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        double.NaN => "NaN",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? UnitSuffix(string? unit) => unit switch
    {
        "s" => "seconds",
        "ms" => "milliseconds",
        "By" => "bytes",
        _ => null,
    };

    private static string Sanitize(string name, bool allowColon)
    {
        var builder = new StringBuilder(name.Length + 1);
        foreach (var c in name)
        {
            var valid = char.IsAsciiLetterOrDigit(c) || c == '_' || (allowColon && c == ':');
            builder.Append(valid ? c : '_');
        }

        if (builder.Length == 0 || char.IsAsciiDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }
}
