using MassTransit.Middleware;
using Npgsql;

namespace Suite.ServiceDefaults.Postgres.Outbox;

/// <summary>The outbox table's rows of one consumed message: written at commit, read for delivery, removed once delivered.</summary>
internal static class OutboxRows
{
    public static void AddInserts(NpgsqlBatch batch, SuitePostgres postgres, Guid inboxMessageId, Guid consumerId, IEnumerable<PendingOutboxMessage> messages)
    {
        foreach (var m in messages)
        {
            var insert = new NpgsqlBatchCommand($"""
                INSERT INTO {postgres.Table("outbox_message")} (inbox_message_id, inbox_consumer_id, message_id, content_type, message_type, body,
                    headers, properties, conversation_id, correlation_id, initiator_id, request_id, source_address, destination_address,
                    response_address, fault_address, sent_time, enqueue_time, expiration_time)
                VALUES (@inbox, @consumer, @id, @contentType, @messageType, @body, @headers, @properties, @conversation, @correlation, @initiator,
                    @request, @source, @destination, @response, @fault, @sent, @enqueue, @expiration)
                """);
            var p = insert.Parameters;
            p.AddWithValue("inbox", inboxMessageId);
            p.AddWithValue("consumer", consumerId);
            p.AddWithValue("id", m.MessageId);
            p.AddWithValue("contentType", m.ContentType);
            p.AddWithValue("messageType", m.MessageType);
            p.AddWithValue("body", m.Body);
            p.AddWithValue("headers", (object?)m.Headers ?? DBNull.Value);
            p.AddWithValue("properties", (object?)m.Properties ?? DBNull.Value);
            p.AddWithValue("conversation", Nullable(m.ConversationId));
            p.AddWithValue("correlation", Nullable(m.CorrelationId));
            p.AddWithValue("initiator", Nullable(m.InitiatorId));
            p.AddWithValue("request", Nullable(m.RequestId));
            p.AddWithValue("source", Nullable(m.SourceAddress));
            p.AddWithValue("destination", Nullable(m.DestinationAddress));
            p.AddWithValue("response", Nullable(m.ResponseAddress));
            p.AddWithValue("fault", Nullable(m.FaultAddress));
            p.AddWithValue("sent", m.SentTime);
            p.AddWithValue("enqueue", m.EnqueueTime is { } enqueue ? enqueue : DBNull.Value);
            p.AddWithValue("expiration", m.ExpirationTime is { } expiration ? expiration : DBNull.Value);
            batch.BatchCommands.Add(insert);
        }
    }

    /// <summary>The message's outbox rows in the order they were written, at most <paramref name="limit"/>.</summary>
    public static async Task<List<OutboxMessageContext>> LoadAsync(NpgsqlCommand command, SuitePostgres postgres, Guid inboxMessageId, Guid consumerId,
        int limit, IObjectDeserializer deserializer, CancellationToken cancellationToken)
    {
        command.CommandText = $"""
            SELECT sequence_number, message_id, content_type, message_type, body, headers, properties, conversation_id, correlation_id,
                   initiator_id, request_id, source_address, destination_address, response_address, fault_address, sent_time, expiration_time
            FROM {postgres.Table("outbox_message")}
            WHERE inbox_message_id = @message AND inbox_consumer_id = @consumer
            ORDER BY sequence_number LIMIT @limit
            """;
        command.Parameters.AddWithValue("message", inboxMessageId);
        command.Parameters.AddWithValue("consumer", consumerId);
        command.Parameters.AddWithValue("limit", limit);
        var messages = new List<OutboxMessageContext>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            messages.Add(new PostgresOutboxMessage
            {
                SequenceNumber = reader.GetInt64(0),
                MessageId = reader.GetGuid(1),
                ContentType = reader.GetString(2),
                MessageType = reader.GetString(3),
                Body = reader.GetString(4),
                Headers = PostgresOutboxMessage.ReadHeaders(deserializer, NullableString(reader, 5)),
                Properties = PostgresOutboxMessage.ReadProperties(deserializer, NullableString(reader, 6)),
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

        return messages;
    }

    public static async Task RemoveAsync(NpgsqlCommand command, SuitePostgres postgres, Guid inboxMessageId, Guid consumerId,
        CancellationToken cancellationToken)
    {
        command.CommandText = $"DELETE FROM {postgres.Table("outbox_message")} WHERE inbox_message_id = @message AND inbox_consumer_id = @consumer";
        command.Parameters.AddWithValue("message", inboxMessageId);
        command.Parameters.AddWithValue("consumer", consumerId);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static object Nullable(Guid? value) => value is { } v ? v : DBNull.Value;

    private static object Nullable(Uri? value) => value is { } v ? v.ToString() : DBNull.Value;

    private static string? NullableString(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static Guid? NullableGuid(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetGuid(ordinal);

    private static Uri? NullableUri(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : new Uri(reader.GetString(ordinal));
}
