using System.Globalization;

namespace Suite.Notification.Composing;

/// <summary>Small pieces of the sentences people read: a version's short name, a place, a time, a duration.</summary>
internal static class Wording
{
    /// <summary>
    /// <c>registry:5000/shop:v2</c> reads as <c>v2</c>, <c>shop@sha256:0123…</c> as
    /// <c>sha256:0123456789ab</c>, and an untagged image as <c>latest</c>, as Kubernetes pulls it.
    /// </summary>
    public static string Version(string image)
    {
        var at = image.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            var digest = image[(at + 1)..];
            var colon = digest.IndexOf(':', StringComparison.Ordinal);
            return digest[..Math.Min(digest.Length, colon + 13)];
        }

        var tag = image.LastIndexOf(':');
        return tag > image.LastIndexOf('/') && tag < image.Length - 1 ? image[(tag + 1)..] : "latest";
    }

    /// <summary>" in production", or nothing when the environment is not known.</summary>
    public static string In(string environment) => string.IsNullOrWhiteSpace(environment) ? "" : $" in {environment}";

    public static string Time(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string Duration(TimeSpan span)
    {
        if (span < TimeSpan.Zero)
        {
            span = TimeSpan.Zero;
        }

        return span.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours}h {span.Minutes}m")
            : span.TotalMinutes >= 1
                ? string.Create(CultureInfo.InvariantCulture, $"{span.Minutes}m {span.Seconds}s")
                : string.Create(CultureInfo.InvariantCulture, $"{span.Seconds}s");
    }

    /// <summary>Ends a sentence with a full stop unless it already has one.</summary>
    public static string Sentence(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 || trimmed.EndsWith('.') || trimmed.EndsWith('!') || trimmed.EndsWith('?') ? trimmed : trimmed + ".";
    }
}
