namespace Suite.Notification;

/// <summary>Bound from <c>Suite:Notification</c>.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Suite:Notification";

    /// <summary>How many notifications are remembered to recognise a redelivered lifecycle event.</summary>
    public int DeduplicationCapacity { get; set; } = 10_000;
}
