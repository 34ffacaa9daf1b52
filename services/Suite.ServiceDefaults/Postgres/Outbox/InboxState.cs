namespace Suite.ServiceDefaults.Postgres.Outbox;

/// <summary>
/// What the inbox knows of one message at one consumer: seen, consumed, its outbox delivered, and
/// whether this delivery holds the lease to consume it (<see cref="Claimed"/>).
/// </summary>
internal sealed class InboxState
{
    public required Guid MessageId { get; init; }
    public required Guid ConsumerId { get; init; }
    public int ReceiveCount { get; set; }
    public DateTimeOffset? ConsumedAt { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    public long? LastSequenceNumber { get; set; }

    /// <summary>This delivery may consume the message: nobody consumed it, and no live delivery holds its lease.</summary>
    public bool Claimed { get; init; }

    /// <summary>Another delivery of the same message is consuming it right now (its lease has not run out).</summary>
    public bool Busy => ConsumedAt is null && !Claimed;
}
