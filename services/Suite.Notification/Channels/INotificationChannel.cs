using Suite.Notification.Delivery;

namespace Suite.Notification.Channels;

/// <summary>
/// Somewhere people or systems hear about deployments. An implementation shapes the notification as
/// its receiver documents it and sends it through its endpoint's resilience pipeline; it reports a
/// failure as a <see cref="DeliveryResult"/> rather than throwing, and never puts a secret in it.
/// </summary>
public interface INotificationChannel
{
    /// <summary>The configured name, e.g. <c>ops-slack</c>: safe to log, unlike the channel's URL.</summary>
    string Name { get; }

    ChannelKind Kind { get; }

    Task<DeliveryResult> SendAsync(DeploymentNotification notification, CancellationToken cancellationToken);
}
