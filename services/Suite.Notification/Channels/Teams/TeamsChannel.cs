using Suite.Notification.Delivery;

namespace Suite.Notification.Channels.Teams;

/// <summary>Posts an Adaptive Card to a Microsoft Teams incoming webhook (or a Workflows webhook that accepts one).</summary>
internal sealed class TeamsChannel(string name, ChannelEndpoint endpoint) : INotificationChannel
{
    public string Name => name;

    public ChannelKind Kind => ChannelKind.Teams;

    public Task<DeliveryResult> SendAsync(DeploymentNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var body = TeamsCard.Create(notification);
        return endpoint.PostAsync(notification.DeploymentId, request => request.Content = JsonBody.Of(body), cancellationToken);
    }
}
