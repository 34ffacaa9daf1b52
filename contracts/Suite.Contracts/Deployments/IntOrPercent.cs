using System.Globalization;

namespace Suite.Contracts;

/// <summary>
/// Kubernetes' IntOrString for maxSurge / maxUnavailable: an absolute count (<c>2</c>) or a
/// percentage of the desired replicas (<c>"25%"</c>).
/// </summary>
public readonly record struct IntOrPercent(int Value, bool IsPercent)
{
    public static IntOrPercent Count(int value) => new(value, false);
    public static IntOrPercent Percent(int value) => new(value, true);

    public bool IsZero => Value == 0;

    /// <summary>
    /// Parses <c>"3"</c> or <c>"25%"</c>. Negative values and percentages above 100 are refused,
    /// as the Kubernetes API server refuses them.
    /// </summary>
    public static bool TryParse(string? text, out IntOrPercent value, out string? error)
    {
        value = default;
        error = null;
        var s = text?.Trim();
        if (string.IsNullOrEmpty(s))
        {
            error = "is empty";
            return false;
        }

        var percent = s.EndsWith('%');
        var digits = percent ? s[..^1] : s;
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            error = $"'{s}' is neither a whole number nor a percentage like '25%'";
            return false;
        }

        if (percent && n > 100)
        {
            error = $"'{s}' is more than 100%";
            return false;
        }

        value = new IntOrPercent(n, percent);
        return true;
    }

    /// <summary>
    /// The absolute number for <paramref name="total"/> replicas: percentages round up for
    /// maxSurge and down for maxUnavailable, as the Kubernetes deployment controller does.
    /// </summary>
    public int Resolve(int total, bool roundUp)
    {
        if (!IsPercent)
        {
            return Value;
        }

        var scaled = (long)Value * total;
        return (int)(roundUp ? (scaled + 99) / 100 : scaled / 100);
    }

    public override string ToString() =>
        IsPercent ? Value.ToString(CultureInfo.InvariantCulture) + "%" : Value.ToString(CultureInfo.InvariantCulture);
}
