using Suite.Notification.Channels;
using Suite.Notification.Delivery;
using Suite.Notification.Routing;

namespace Suite.Notification;

/// <summary>Bound from <c>Suite:Notification</c>.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Suite:Notification";

    /// <summary>
    /// How many ended deliveries (and as many incidents) the in-memory ledger remembers to recognise a redelivered
    /// lifecycle event. The PostgreSQL ledger keeps them for 30 days instead.
    /// </summary>
    public int DeduplicationCapacity { get; set; } = 10_000;

    /// <summary>e.g. <c>https://suite.example.com/deployments/{id}</c>; <c>{id}</c> becomes the deployment id. Optional.</summary>
    public string? DeploymentLinkTemplate { get; set; }

    /// <summary>The channels by name (<c>Suite:Notification:Channels:&lt;name&gt;</c>); routes refer to these names.</summary>
    public Dictionary<string, ChannelOptions> Channels { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Which notifications go to which channels; a notification goes to the channels of every route it matches.</summary>
    public List<NotificationRouteOptions> Routes { get; set; } = [];

    public DeliveryOptions Delivery { get; set; } = new();
}
