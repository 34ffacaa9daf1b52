namespace Suite.Notification;

/// <summary>The Notification service's queues beside <see cref="ServiceQueues.Notification"/> (where subscribers' notifications are published from).</summary>
public static class NotificationQueues
{
    /// <summary>Where lifecycle events wait for delivery to the channels.</summary>
    public const string Delivery = "suite-notification-delivery";

    /// <summary>
    /// How many events are delivered to channels at once. A channel that hangs holds an event's slot for at
    /// most <c>Delivery:MaxDeliveryTime</c> (its circuit breaker usually frees it much sooner), so other
    /// channels wait for a slot only when more events than this arrive within that time.
    /// </summary>
    public const int DeliveryConcurrency = 32;
}
