using Suite.Notification.Composing;
using Suite.Notification.Delivery;

namespace Suite.Notification;

/// <summary>
/// Delivers each lifecycle event worth telling to the channels its routes pick (Slack, Teams,
/// PagerDuty, webhooks), each once, on a queue of its own (<see cref="NotificationQueues.Delivery"/>).
/// A channel that is down never faults the event.
/// </summary>
public sealed class ChannelDeliveryConsumer(DeploymentFacts facts, NotificationDispatcher dispatcher) : LifecycleEventConsumer(facts)
{
    protected override Task TellAsync(ConsumeContext context, DeploymentNotification notification) =>
        dispatcher.DispatchAsync(notification, context, context.CancellationToken);
}
