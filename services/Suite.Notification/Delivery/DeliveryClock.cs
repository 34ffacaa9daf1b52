namespace Suite.Notification.Delivery;

/// <summary>
/// The clock deliveries run on: HTTP timeouts, back-off, <c>Retry-After</c> waits, webhook signature
/// timestamps and the ledger's claim leases. It is the wall clock whatever the host's
/// <see cref="TimeProvider"/> is: the demo's runs many times faster, and a receiver would refuse a
/// signature from its future, a slow endpoint would time out at once and a <c>Retry-After</c> would be
/// cut short. Tests replace it with one they control.
/// </summary>
public sealed class DeliveryClock(TimeProvider time)
{
    public static DeliveryClock Wall { get; } = new(TimeProvider.System);

    public TimeProvider Time { get; } = time ?? throw new ArgumentNullException(nameof(time));

    public DateTimeOffset Now => Time.GetUtcNow();
}
