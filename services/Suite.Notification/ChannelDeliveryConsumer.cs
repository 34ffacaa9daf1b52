using Suite.Notification.Composing;
using Suite.Notification.Delivery;
using Suite.Notification.Ledger;

namespace Suite.Notification;

/// <summary>
/// Delivers each lifecycle event worth telling to the channels its routes pick (Slack, Teams,
/// PagerDuty, webhooks), each once, on a queue of its own (<see cref="NotificationQueues.Delivery"/>).
/// A channel that is down never faults the event. A retry's start is recorded, so that when a later
/// retry succeeds, the incidents of the whole chain of retries are resolved.
/// </summary>
public sealed class ChannelDeliveryConsumer(DeploymentFacts facts, NotificationDispatcher dispatcher, INotificationLedger ledger)
    : LifecycleEventConsumer(facts)
{
    protected override async Task TellAsync(ConsumeContext context, DeploymentNotification notification)
    {
        if (notification.RetryOf is { } retried)
        {
            await ledger.RecordRetryAsync(notification.DeploymentId, retried, context.CancellationToken);
        }

        await dispatcher.DispatchAsync(notification, context, context.CancellationToken);
    }
}
