namespace Suite.Notification.Secrets;

/// <summary>Every secret the configured channels hold, resolved, for <see cref="Redaction"/> to mask.</summary>
internal static class ChannelSecrets
{
    public static IEnumerable<string> Of(NotificationOptions options)
    {
        foreach (var channel in options.Channels.Values)
        {
            foreach (var secret in new[] { channel.Url, channel.RoutingKey, channel.Secret }.Select(SecretReference.Resolve).OfType<string>())
            {
                yield return secret;
                // An error may quote the request's path without its host; a webhook URL's secret is in the path.
                if (Uri.TryCreate(secret, UriKind.Absolute, out var url) && url.PathAndQuery.Length > 1)
                {
                    yield return url.PathAndQuery;
                }
            }
        }
    }
}
