namespace Suite.Notification.Routing;

/// <summary>Picks the channels a notification goes to: those of every route it matches, each once, in the order routes name them.</summary>
public sealed class NotificationRouter(IOptions<NotificationOptions> options)
{
    private readonly Route[] _routes = [.. options.Value.Routes.Select(r => new Route(r))];

    public IReadOnlyList<string> ChannelsFor(DeploymentNotification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return [.. _routes.Where(r => r.Matches(notification)).SelectMany(r => r.Channels).Distinct(StringComparer.OrdinalIgnoreCase)];
    }
}
