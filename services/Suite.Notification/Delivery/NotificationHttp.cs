namespace Suite.Notification.Delivery;

/// <summary>The <see cref="IHttpClientFactory"/> client every channel posts with; its default logging is removed, as it writes URLs.</summary>
public static class NotificationHttp
{
    public const string ClientName = "Suite.Notification";
}
