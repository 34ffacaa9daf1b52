using MassTransit.Metadata;
using MassTransit.Middleware;
using MassTransit.Serialization;

namespace Suite.ServiceDefaults.Postgres.Outbox;

/// <summary>A message a consumer sent or published, as read back from the outbox table for delivery.</summary>
internal sealed class PostgresOutboxMessage : OutboxMessageContext
{
    private static readonly IReadOnlyDictionary<string, object> NoProperties = new Dictionary<string, object>();

    public long SequenceNumber { get; init; }
    public Guid MessageId { get; init; }
    public string ContentType { get; init; } = "";
    public string MessageType { get; init; } = "";
    public string Body { get; init; } = "";
    public Guid? RequestId { get; init; }
    public Guid? CorrelationId { get; init; }
    public Guid? ConversationId { get; init; }
    public Guid? InitiatorId { get; init; }
    public DateTime? ExpirationTime { get; init; }
    public Uri? SourceAddress { get; init; }
    public Uri? DestinationAddress { get; init; }
    public Uri? ResponseAddress { get; init; }
    public Uri? FaultAddress { get; init; }
    public DateTime SentTime { get; init; }
    public Headers Headers { get; init; } = EmptyHeaders.Instance;
    public IReadOnlyDictionary<string, object> Properties { get; init; } = NoProperties;

    Guid? MessageContext.MessageId => MessageId;
    DateTime? MessageContext.SentTime => SentTime;
    HostInfo MessageContext.Host => HostMetadataCache.Host;

    public static Headers ReadHeaders(IObjectDeserializer deserializer, string? json) =>
        deserializer.DeserializeDictionary<object?>(json) is { } headers ? new DictionarySendHeaders(headers) : EmptyHeaders.Instance;

    public static IReadOnlyDictionary<string, object> ReadProperties(IObjectDeserializer deserializer, string? json) =>
        deserializer.DeserializeDictionary<object>(json) ?? NoProperties;
}
