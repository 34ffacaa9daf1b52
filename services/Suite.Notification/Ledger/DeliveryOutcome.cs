namespace Suite.Notification.Ledger;

/// <summary>How a delivery ended. Each is final: the delivery is not tried again when its event is redelivered.</summary>
public enum DeliveryOutcome
{
    Delivered,

    /// <summary>The channel had nothing to send for this event (e.g. PagerDuty and an Info notification).</summary>
    Skipped,

    /// <summary>Every retry failed; <see cref="NotificationDeliveryFailed"/> was published.</summary>
    Failed,
}
