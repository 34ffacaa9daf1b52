using System.Text.RegularExpressions;

namespace Suite.Notification.Secrets;

/// <summary>
/// Takes secrets out of any text bound for a log, an event or an error: every known secret (webhook
/// URL, routing key, HMAC secret, also URL-escaped) becomes <c>***</c>, and every URL keeps only its
/// scheme and host, because webhook URLs carry their secret in the path.
/// </summary>
public sealed partial class Redaction
{
    public const string Mask = "***";

    // Shorter strings would mask ordinary words, and no real webhook secret or key is that short.
    private const int ShortestSecret = 4;

    private readonly string[] _secrets;

    public Redaction(IEnumerable<string?> secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        _secrets = secrets
            .Where(s => s is { Length: >= ShortestSecret })
            .SelectMany(s => new[] { s!, Uri.EscapeDataString(s!) })
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(s => s.Length)
            .ToArray();
    }

    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        foreach (var secret in _secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        return Url().Replace(text, m => Uri.TryCreate(m.Value, UriKind.Absolute, out var uri)
            ? $"{uri.Scheme}://{uri.Authority}/{Mask}"
            : Mask);
    }

    [GeneratedRegex(@"\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\s""'<>]+", RegexOptions.CultureInvariant)]
    private static partial Regex Url();
}
