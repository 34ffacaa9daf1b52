namespace Suite.ServiceDefaults.Postgres.Outbox;

/// <summary>What the inbox knows of one message at one consumer: seen, consumed, its outbox delivered.</summary>
internal sealed class InboxState
{
    public required Guid MessageId { get; init; }
    public required Guid ConsumerId { get; init; }
    public int ReceiveCount { get; set; }
    public DateTimeOffset? ConsumedAt { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    public long? LastSequenceNumber { get; set; }
}
