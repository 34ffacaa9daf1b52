using System.Globalization;

namespace Suite.ServiceDefaults;

/// <summary>Turns transport headers into strings a store can keep and a broker accepts back.</summary>
internal static class ScheduledMessageHeaders
{
    public static IReadOnlyDictionary<string, string> Capture(Headers headers)
    {
        var captured = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in headers.GetAll())
        {
            var text = value switch
            {
                null => null,
                string s => s,
                DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
                DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString(),
            };
            if (text is not null)
            {
                captured[key] = text;
            }
        }

        return captured;
    }
}
