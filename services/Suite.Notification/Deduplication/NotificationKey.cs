namespace Suite.Notification.Deduplication;

/// <summary>
/// What makes a lifecycle event the same event: a redelivery repeats all three, while a second
/// pause of the same deployment happens at another time and deserves its own notification.
/// </summary>
public readonly record struct NotificationKey(Guid DeploymentId, string Kind, DateTimeOffset OccurredAt)
{
    public static NotificationKey Of(DeploymentNotification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return new(notification.DeploymentId, notification.Kind, notification.OccurredAt);
    }
}
