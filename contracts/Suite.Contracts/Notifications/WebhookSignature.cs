using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Suite.Contracts;

/// <summary>
/// The <c>X-Suite-Signature</c> of a webhook delivery by the Notification service: <c>t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256&gt;</c>,
/// the HMAC keyed with the shared secret over <c>"&lt;t&gt;." + body</c>. A receiver checks it with
/// <see cref="Verify(string, string?, ReadOnlySpan{byte}, DateTimeOffset, TimeSpan)"/>, which also rejects a
/// delivery signed too long ago (a replay). Here, beside the messages, so that .NET receivers have it.
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-Suite-Signature";
    public const string EventHeader = "X-Suite-Event";
    public const string DeliveryHeader = "X-Suite-Delivery";

    /// <summary>A sensible replay window: deliveries signed more than five minutes from now are refused.</summary>
    public static TimeSpan DefaultTolerance { get; } = TimeSpan.FromMinutes(5);

    public static string Sign(string secret, ReadOnlySpan<byte> body, DateTimeOffset timestamp)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        var t = timestamp.ToUnixTimeSeconds();
        return string.Create(CultureInfo.InvariantCulture, $"t={t},v1={Convert.ToHexStringLower(Mac(secret, t, body))}");
    }

    /// <summary>True when <paramref name="header"/> holds a v1 signature of <paramref name="body"/> under <paramref name="secret"/>, made within <paramref name="tolerance"/> of <paramref name="now"/>.</summary>
    public static bool Verify(string secret, string? header, string body, DateTimeOffset now, TimeSpan tolerance)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Verify(secret, header, Encoding.UTF8.GetBytes(body), now, tolerance);
    }

    /// <summary>As <see cref="Verify(string, string?, string, DateTimeOffset, TimeSpan)"/>, over the body's raw bytes (verify those, not a re-serialised copy).</summary>
    public static bool Verify(string secret, string? header, ReadOnlySpan<byte> body, DateTimeOffset now, TimeSpan tolerance)
    {
        if (string.IsNullOrEmpty(secret) || string.IsNullOrWhiteSpace(header))
        {
            return false;
        }

        long? t = null;
        var signatures = new List<byte[]>();
        foreach (var part in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                return false;
            }

            var (key, value) = (part[..equals], part[(equals + 1)..]);
            if (key == "t" && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                t = seconds;
            }
            else if (key == "v1" && TryHex(value) is { } signature)
            {
                signatures.Add(signature);
            }
        }

        if (t is not { } timestamp || signatures.Count == 0 || (now - DateTimeOffset.FromUnixTimeSeconds(Math.Min(timestamp, MaxUnixSeconds))).Duration() > tolerance)
        {
            return false;
        }

        var expected = Mac(secret, timestamp, body);
        var matched = false;
        foreach (var signature in signatures)
        {
            matched |= CryptographicOperations.FixedTimeEquals(expected, signature);
        }

        return matched;
    }

    private static long MaxUnixSeconds => DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    private static byte[] Mac(string secret, long t, ReadOnlySpan<byte> body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{t}.")));
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }

    private static byte[]? TryHex(string text)
    {
        try
        {
            return Convert.FromHexString(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
