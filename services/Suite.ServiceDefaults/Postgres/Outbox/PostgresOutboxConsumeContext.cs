using MassTransit.Middleware;
using MassTransit.Middleware.Outbox;
using MassTransit.Context;
using Npgsql;

namespace Suite.ServiceDefaults.Postgres.Outbox;

/// <summary>
/// A message being consumed with the inbox and outbox: what the consumer sends or publishes is
/// written to the outbox table in the consume transaction, and delivered by MassTransit's outbox
/// pipe after that transaction committed.
/// </summary>
internal sealed class PostgresOutboxConsumeContext<TMessage>(
    ConsumeContext<TMessage> context,
    OutboxConsumeOptions options,
    IServiceProvider provider,
    SuitePostgres postgres,
    PostgresTransactionContext transaction,
    InboxState inbox,
    TimeProvider time)
    : OutboxConsumeContextProxy<TMessage>(context, options, provider)
    where TMessage : class
{
    public override bool ContinueProcessing { get; set; } = true;
    public override bool IsMessageConsumed => inbox.ConsumedAt.HasValue;
    public override bool IsOutboxDelivered => inbox.DeliveredAt.HasValue;
    public override int ReceiveCount => inbox.ReceiveCount;
    public override long? LastSequenceNumber => inbox.LastSequenceNumber;

    public override async Task SetConsumed()
    {
        inbox.ConsumedAt = time.GetUtcNow();
        await Execute("consumed_at = @at", ("at", inbox.ConsumedAt.Value)).ConfigureAwait(false);
    }

    public override async Task SetDelivered()
    {
        inbox.DeliveredAt = time.GetUtcNow();
        await Execute("delivered_at = @at", ("at", inbox.DeliveredAt.Value)).ConfigureAwait(false);
    }

    public override async Task NotifyOutboxMessageDelivered(OutboxMessageContext message)
    {
        inbox.LastSequenceNumber = message.SequenceNumber;
        await Execute("last_sequence_number = @at", ("at", message.SequenceNumber)).ConfigureAwait(false);
    }

    public override async Task<List<OutboxMessageContext>> LoadOutboxMessages()
    {
        var messages = new List<OutboxMessageContext>();
        await transaction.Gate.WaitAsync(CancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = transaction.Command($"""
                SELECT sequence_number, message_id, content_type, message_type, body, headers, properties, conversation_id, correlation_id,
                       initiator_id, request_id, source_address, destination_address, response_address, fault_address, sent_time, expiration_time
                FROM {postgres.Table("outbox_message")}
                WHERE inbox_message_id = @message AND inbox_consumer_id = @consumer
                ORDER BY sequence_number LIMIT @limit
                """);
            command.Parameters.AddWithValue("message", inbox.MessageId);
            command.Parameters.AddWithValue("consumer", inbox.ConsumerId);
            command.Parameters.AddWithValue("limit", Options.MessageDeliveryLimit + 1);
            await using var reader = await command.ExecuteReaderAsync(CancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(CancellationToken).ConfigureAwait(false))
            {
                messages.Add(new PostgresOutboxMessage
                {
                    SequenceNumber = reader.GetInt64(0),
                    MessageId = reader.GetGuid(1),
                    ContentType = reader.GetString(2),
                    MessageType = reader.GetString(3),
                    Body = reader.GetString(4),
                    Headers = PostgresOutboxMessage.ReadHeaders(SerializerContext, NullableString(reader, 5)),
                    Properties = PostgresOutboxMessage.ReadProperties(SerializerContext, NullableString(reader, 6)),
                    ConversationId = NullableGuid(reader, 7),
                    CorrelationId = NullableGuid(reader, 8),
                    InitiatorId = NullableGuid(reader, 9),
                    RequestId = NullableGuid(reader, 10),
                    SourceAddress = NullableUri(reader, 11),
                    DestinationAddress = NullableUri(reader, 12),
                    ResponseAddress = NullableUri(reader, 13),
                    FaultAddress = NullableUri(reader, 14),
                    SentTime = reader.GetFieldValue<DateTime>(15),
                    ExpirationTime = reader.IsDBNull(16) ? null : reader.GetFieldValue<DateTime>(16),
                });
            }
        }
        finally
        {
            transaction.Gate.Release();
        }

        return messages;
    }

    public override async Task RemoveOutboxMessages()
    {
        await transaction.Gate.WaitAsync(CancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = transaction.Command(
                $"DELETE FROM {postgres.Table("outbox_message")} WHERE inbox_message_id = @message AND inbox_consumer_id = @consumer");
            command.Parameters.AddWithValue("message", inbox.MessageId);
            command.Parameters.AddWithValue("consumer", inbox.ConsumerId);
            await command.ExecuteNonQueryAsync(CancellationToken).ConfigureAwait(false);
        }
        finally
        {
            transaction.Gate.Release();
        }
    }

    public override async Task AddSend<T>(SendContext<T> context)
    {
        var messageId = context.MessageId ?? throw new MessageException(typeof(T), "an outbox message needs a MessageId");
        var now = time.GetUtcNow().UtcDateTime;
        string? properties = null;
        if (context is TransportSendContext<T> transportContext)
        {
            var values = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
            transportContext.WritePropertiesTo(values);
            properties = SerializerContext.SerializeDictionary(values);
        }

        var body = context.Serializer.GetMessageBody(context).GetString();
        await transaction.Gate.WaitAsync(CancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = transaction.Command($"""
                INSERT INTO {postgres.Table("outbox_message")} (inbox_message_id, inbox_consumer_id, message_id, content_type, message_type, body,
                    headers, properties, conversation_id, correlation_id, initiator_id, request_id, source_address, destination_address,
                    response_address, fault_address, sent_time, enqueue_time, expiration_time)
                VALUES (@inbox, @consumer, @id, @contentType, @messageType, @body, @headers, @properties, @conversation, @correlation, @initiator,
                    @request, @source, @destination, @response, @fault, @sent, @enqueue, @expiration)
                """);
            var p = command.Parameters;
            p.AddWithValue("inbox", inbox.MessageId);
            p.AddWithValue("consumer", inbox.ConsumerId);
            p.AddWithValue("id", messageId);
            p.AddWithValue("contentType", context.ContentType?.ToString() ?? context.Serialization.DefaultContentType.ToString());
            p.AddWithValue("messageType", string.Join(";", context.SupportedMessageTypes));
            p.AddWithValue("body", body);
            p.AddWithValue("headers", (object?)SerializerContext.SerializeDictionary(context.Headers.GetAll()) ?? DBNull.Value);
            p.AddWithValue("properties", (object?)properties ?? DBNull.Value);
            p.AddWithValue("conversation", Nullable(context.ConversationId));
            p.AddWithValue("correlation", Nullable(context.CorrelationId));
            p.AddWithValue("initiator", Nullable(context.InitiatorId));
            p.AddWithValue("request", Nullable(context.RequestId));
            p.AddWithValue("source", Nullable(context.SourceAddress));
            p.AddWithValue("destination", Nullable(context.DestinationAddress));
            p.AddWithValue("response", Nullable(context.ResponseAddress));
            p.AddWithValue("fault", Nullable(context.FaultAddress));
            p.AddWithValue("sent", context.SentTime ?? now);
            p.AddWithValue("enqueue", context.Delay is { } delay ? now + delay : DBNull.Value);
            p.AddWithValue("expiration", context.TimeToLive is { } ttl ? now + ttl : DBNull.Value);
            await command.ExecuteNonQueryAsync(CancellationToken).ConfigureAwait(false);
        }
        finally
        {
            transaction.Gate.Release();
        }
    }

    private async Task Execute(string assignment, (string Name, object Value) parameter)
    {
        await transaction.Gate.WaitAsync(CancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = transaction.Command(
                $"UPDATE {postgres.Table("inbox_state")} SET {assignment} WHERE message_id = @message AND consumer_id = @consumer");
            command.Parameters.AddWithValue("message", inbox.MessageId);
            command.Parameters.AddWithValue("consumer", inbox.ConsumerId);
            command.Parameters.AddWithValue(parameter.Name, parameter.Value);
            await command.ExecuteNonQueryAsync(CancellationToken).ConfigureAwait(false);
        }
        finally
        {
            transaction.Gate.Release();
        }
    }

    private static object Nullable(Guid? value) => value is { } v ? v : DBNull.Value;

    private static object Nullable(Uri? value) => value is { } v ? v.ToString() : DBNull.Value;

    private static string? NullableString(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static Guid? NullableGuid(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetGuid(ordinal);

    private static Uri? NullableUri(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : new Uri(reader.GetString(ordinal));
}
