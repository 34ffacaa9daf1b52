using MassTransit.Middleware;
using MassTransit.Middleware.Outbox;
using MassTransit.Context;
using Npgsql;

namespace Suite.ServiceDefaults.Postgres.Outbox;

/// <summary>
/// A message being consumed with the inbox and outbox. What the consumer sends or publishes is
/// kept in memory and written to the outbox table when the consume is marked consumed, in the
/// unit of work's transaction (with whatever the consumer wrote in it: the saga's state and
/// history); MassTransit's outbox pipe delivers it after that transaction committed.
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
    private readonly List<PendingOutboxMessage> _pending = [];
    private readonly Lock _pendingGate = new();

    public override bool ContinueProcessing { get; set; } = true;
    public override bool IsMessageConsumed => inbox.ConsumedAt.HasValue;
    public override bool IsOutboxDelivered => inbox.DeliveredAt.HasValue;
    public override int ReceiveCount => inbox.ReceiveCount;
    public override long? LastSequenceNumber => inbox.LastSequenceNumber;

    /// <summary>Another delivery of the message consumed it while this one worked: this one's work must be rolled back, its messages dropped.</summary>
    public bool ConsumedElsewhere { get; private set; }

    /// <summary>
    /// Locks the inbox row (so that a duplicate delivery that finished first is seen), then writes
    /// the pending messages and the consumed mark in the unit of work's transaction.
    /// </summary>
    public override async Task SetConsumed()
    {
        var now = time.GetUtcNow();
        List<PendingOutboxMessage> pending;
        lock (_pendingGate)
        {
            pending = [.. _pending];
        }

        await transaction.RunAsync(async (connection, dbTransaction) =>
        {
            await using (var lockRow = new NpgsqlCommand($"""
                INSERT INTO {postgres.Table("inbox_state")} (message_id, consumer_id, received_at) VALUES (@message, @consumer, @now)
                    ON CONFLICT (message_id, consumer_id) DO NOTHING;
                SELECT consumed_at IS NOT NULL FROM {postgres.Table("inbox_state")} WHERE message_id = @message AND consumer_id = @consumer FOR UPDATE;
                """, connection, dbTransaction))
            {
                lockRow.Parameters.AddWithValue("message", inbox.MessageId);
                lockRow.Parameters.AddWithValue("consumer", inbox.ConsumerId);
                lockRow.Parameters.AddWithValue("now", now);
                ConsumedElsewhere = (bool)(await lockRow.ExecuteScalarAsync(CancellationToken).ConfigureAwait(false))!;
            }

            if (ConsumedElsewhere)
            {
                return 0;
            }

            await using var batch = new NpgsqlBatch(connection, dbTransaction);
            OutboxRows.AddInserts(batch, postgres, inbox.MessageId, inbox.ConsumerId, pending);
            var consumed = new NpgsqlBatchCommand($"""
                UPDATE {postgres.Table("inbox_state")} SET consumed_at = @at, processing_by = NULL, processing_until = NULL
                WHERE message_id = @message AND consumer_id = @consumer
                """);
            consumed.Parameters.AddWithValue("at", now);
            consumed.Parameters.AddWithValue("message", inbox.MessageId);
            consumed.Parameters.AddWithValue("consumer", inbox.ConsumerId);
            batch.BatchCommands.Add(consumed);
            return await batch.ExecuteNonQueryAsync(CancellationToken).ConfigureAwait(false);
        }, CancellationToken).ConfigureAwait(false);
        inbox.ConsumedAt = now;
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

    public override Task<List<OutboxMessageContext>> LoadOutboxMessages() =>
        transaction.CommandAsync(command => OutboxRows.LoadAsync(command, postgres, inbox.MessageId, inbox.ConsumerId,
            Options.MessageDeliveryLimit + 1, SerializerContext, CancellationToken), CancellationToken);

    public override Task RemoveOutboxMessages() =>
        transaction.CommandAsync(async command =>
        {
            await OutboxRows.RemoveAsync(command, postgres, inbox.MessageId, inbox.ConsumerId, CancellationToken).ConfigureAwait(false);
            return 0;
        }, CancellationToken);

    public override Task AddSend<T>(SendContext<T> context)
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

        var message = new PendingOutboxMessage(
            messageId,
            context.ContentType?.ToString() ?? context.Serialization.DefaultContentType.ToString(),
            string.Join(";", context.SupportedMessageTypes),
            context.Serializer.GetMessageBody(context).GetString(),
            SerializerContext.SerializeDictionary(context.Headers.GetAll()),
            properties,
            context.ConversationId,
            context.CorrelationId,
            context.InitiatorId,
            context.RequestId,
            context.SourceAddress,
            context.DestinationAddress,
            context.ResponseAddress,
            context.FaultAddress,
            context.SentTime ?? now,
            context.Delay is { } delay ? now + delay : null,
            context.TimeToLive is { } ttl ? now + ttl : null);
        lock (_pendingGate)
        {
            _pending.Add(message);
        }

        return Task.CompletedTask;
    }

    private Task Execute(string assignment, (string Name, object Value) parameter) =>
        transaction.CommandAsync(async command =>
        {
            command.CommandText = $"UPDATE {postgres.Table("inbox_state")} SET {assignment} WHERE message_id = @message AND consumer_id = @consumer";
            command.Parameters.AddWithValue("message", inbox.MessageId);
            command.Parameters.AddWithValue("consumer", inbox.ConsumerId);
            command.Parameters.AddWithValue(parameter.Name, parameter.Value);
            return await command.ExecuteNonQueryAsync(CancellationToken).ConfigureAwait(false);
        }, CancellationToken);
}
