using Suite.Notification.Delivery;

namespace Suite.Notification.Channels.Slack;

/// <summary>Posts to a Slack incoming webhook.</summary>
internal sealed class SlackChannel(string name, ChannelEndpoint endpoint) : INotificationChannel
{
    public string Name => name;

    public ChannelKind Kind => ChannelKind.Slack;

    public Task<DeliveryResult> SendAsync(DeploymentNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var body = SlackMessage.Create(notification);
        return endpoint.PostAsync(notification.DeploymentId, request => request.Content = JsonBody.Of(body), cancellationToken);
    }
}
