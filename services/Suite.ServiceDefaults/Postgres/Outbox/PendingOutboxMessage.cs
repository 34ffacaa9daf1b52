namespace Suite.ServiceDefaults.Postgres.Outbox;

/// <summary>A message a consumer sent or published, held in memory until the consume commits (then it is a row of the outbox table).</summary>
internal sealed record PendingOutboxMessage(
    Guid MessageId,
    string ContentType,
    string MessageType,
    string Body,
    string? Headers,
    string? Properties,
    Guid? ConversationId,
    Guid? CorrelationId,
    Guid? InitiatorId,
    Guid? RequestId,
    Uri? SourceAddress,
    Uri? DestinationAddress,
    Uri? ResponseAddress,
    Uri? FaultAddress,
    DateTime SentTime,
    DateTime? EnqueueTime,
    DateTime? ExpirationTime);
