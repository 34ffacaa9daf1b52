using Suite.Notification.Composing;
using Suite.Notification.Delivery;
using Suite.Notification.Ledger;

namespace Suite.Notification;

/// <summary>
/// Tells subscribers on the bus: logs each lifecycle event worth telling and publishes one
/// <see cref="DeploymentNotification"/> for it, once however often or wherever the event arrives. It
/// has a queue of its own (<see cref="ServiceQueues.Notification"/>), so that no channel, however
/// slow, holds it up; the channels are <see cref="ChannelDeliveryConsumer"/>'s.
/// </summary>
public sealed partial class LifecycleNotificationConsumer(DeploymentFacts facts, DeliveryClaims claims, ILogger<LifecycleNotificationConsumer> logger)
    : LifecycleEventConsumer(facts)
{
    protected override async Task TellAsync(ConsumeContext context, DeploymentNotification notification)
    {
        var published = await claims.RunOnceAsync(DeliveryKey.Of(notification, DeliveryKey.Bus), async cancellationToken =>
        {
            await context.Publish(notification, cancellationToken);
            return DeliveryResult.Delivered(1);
        }, context.CancellationToken);

        if (published is null)
        {
            LogDuplicate(notification.DeploymentId, notification.Kind);
            return;
        }

        LogNotification(LevelOf(notification.Severity), notification.DeploymentId, notification.Kind, notification.Title, notification.Text);
    }

    private static LogLevel LevelOf(string severity) => severity switch
    {
        NotificationSeverity.Critical => LogLevel.Critical,
        NotificationSeverity.Warning => LogLevel.Warning,
        _ => LogLevel.Information,
    };

    [LoggerMessage(Message = "Deployment {DeploymentId} {Kind}: {Title}. {Text}")]
    private partial void LogNotification(LogLevel level, Guid deploymentId, string kind, string title, string text);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Deployment {DeploymentId} {Kind} was delivered again; subscribers were told already")]
    private partial void LogDuplicate(Guid deploymentId, string kind);
}
