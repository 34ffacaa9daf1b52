using MassTransit.Middleware;

namespace Suite.ServiceDefaults.Postgres.Outbox;

/// <summary>
/// Runs each delivery of a message in a transaction that first locks the message's inbox row. A
/// message already consumed is not consumed again (the inbox); what it sent is delivered from the
/// outbox table once its transaction committed, and delivered at the next redelivery when the
/// process died in between (the broker redelivers what was not acknowledged).
/// </summary>
internal sealed class PostgresOutboxContextFactory(SuitePostgres postgres, PostgresTransactionContext transaction, IServiceProvider provider,
    TimeProvider time)
    : IOutboxContextFactory<PostgresOutbox>
{
    public async Task Send<T>(ConsumeContext<T> context, OutboxConsumeOptions options, IPipe<OutboxConsumeContext<T>> next)
        where T : class
    {
        var messageId = context.GetOriginalMessageId() ?? throw new MessageException(typeof(T), "the PostgreSQL inbox needs a MessageId");
        // The same transaction, for what finds it on the context (the saga repository) and in the scope (the event store, the leases).
        context.AddOrUpdatePayload(() => transaction, _ => transaction);
        var continueProcessing = true;
        while (continueProcessing)
        {
            await using var connection = await postgres.DataSource.OpenConnectionAsync(context.CancellationToken).ConfigureAwait(false);
            await using var dbTransaction = await connection.BeginTransactionAsync(context.CancellationToken).ConfigureAwait(false);
            transaction.Begin(connection, dbTransaction);
            try
            {
                var inbox = await LockInbox(transaction, messageId, options.ConsumerId, context.CancellationToken).ConfigureAwait(false);
                var outboxContext = new PostgresOutboxConsumeContext<T>(context, options, provider, postgres, transaction, inbox, time);
                await next.Send(outboxContext).ConfigureAwait(false);
                await dbTransaction.CommitAsync(context.CancellationToken).ConfigureAwait(false);
                continueProcessing = outboxContext.ContinueProcessing;
            }
            finally
            {
                transaction.End();
            }
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("outboxContextFactory").Add("provider", "postgresql");

    // Inserting first makes a second delivery of the same message wait here until the first one's
    // transaction ends, and then see what it did.
    private async Task<InboxState> LockInbox(PostgresTransactionContext transaction, Guid messageId, Guid consumerId,
        CancellationToken cancellationToken)
    {
        await using var command = transaction.Command($"""
            INSERT INTO {postgres.Table("inbox_state")} (message_id, consumer_id, received_at) VALUES (@message, @consumer, @now)
                ON CONFLICT (message_id, consumer_id) DO NOTHING;
            UPDATE {postgres.Table("inbox_state")} SET receive_count = receive_count + 1
                WHERE message_id = @message AND consumer_id = @consumer
                RETURNING receive_count, consumed_at, delivered_at, last_sequence_number;
            """);
        command.Parameters.AddWithValue("message", messageId);
        command.Parameters.AddWithValue("consumer", consumerId);
        command.Parameters.AddWithValue("now", time.GetUtcNow());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new InboxState
        {
            MessageId = messageId,
            ConsumerId = consumerId,
            ReceiveCount = reader.GetInt32(0),
            ConsumedAt = reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1),
            DeliveredAt = reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2),
            LastSequenceNumber = reader.IsDBNull(3) ? null : reader.GetInt64(3),
        };
    }
}
