using Npgsql;

namespace Suite.ServiceDefaults.Postgres.Outbox;

/// <summary>
/// The inbox's rows: one per message id and consumer. Receiving a message records it in a short
/// statement of its own and takes a lease on consuming it; the lease (not an open transaction)
/// keeps a second delivery of the same message waiting while the first works, and runs out when
/// the process holding it dies.
/// </summary>
internal sealed class PostgresInbox(SuitePostgres postgres, TimeProvider time)
{
    private readonly string _table = postgres.Table("inbox_state");

    /// <summary>Records a delivery of the message and claims it for <paramref name="claimant"/> unless it was consumed or someone else's lease runs.</summary>
    public async Task<InboxState> ReceiveAsync(Guid messageId, Guid consumerId, Guid claimant, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var command = postgres.DataSource.CreateCommand($"""
            INSERT INTO {_table} (message_id, consumer_id, received_at) VALUES (@message, @consumer, @now)
                ON CONFLICT (message_id, consumer_id) DO NOTHING;
            UPDATE {_table} SET receive_count = receive_count + 1,
                processing_by = CASE WHEN consumed_at IS NULL AND (processing_until IS NULL OR processing_until <= @now) THEN @claimant ELSE processing_by END,
                processing_until = CASE WHEN consumed_at IS NULL AND (processing_until IS NULL OR processing_until <= @now) THEN @until ELSE processing_until END
            WHERE message_id = @message AND consumer_id = @consumer
            RETURNING receive_count, consumed_at, delivered_at, last_sequence_number, processing_by IS NOT DISTINCT FROM @claimant AND consumed_at IS NULL;
            """);
        command.Parameters.AddWithValue("message", messageId);
        command.Parameters.AddWithValue("consumer", consumerId);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("claimant", claimant);
        command.Parameters.AddWithValue("until", now + lease);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return Read(reader, messageId, consumerId, claimed: reader.GetBoolean(4));
    }

    /// <summary>Moves the claim's end on while the claimant still works on an unconsumed message; false when it lost the claim.</summary>
    public async Task<bool> RenewAsync(Guid messageId, Guid consumerId, Guid claimant, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var command = postgres.DataSource.CreateCommand($"""
            UPDATE {_table} SET processing_until = @until
            WHERE message_id = @message AND consumer_id = @consumer AND processing_by = @claimant AND consumed_at IS NULL
            """);
        command.Parameters.AddWithValue("message", messageId);
        command.Parameters.AddWithValue("consumer", consumerId);
        command.Parameters.AddWithValue("claimant", claimant);
        command.Parameters.AddWithValue("until", time.GetUtcNow() + lease);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>Gives the claim back after a failed attempt, so that the retry or redelivery need not wait for it to run out.</summary>
    public async Task ReleaseAsync(Guid messageId, Guid consumerId, Guid claimant)
    {
        await using var command = postgres.DataSource.CreateCommand($"""
            UPDATE {_table} SET processing_by = NULL, processing_until = NULL
            WHERE message_id = @message AND consumer_id = @consumer AND processing_by = @claimant AND consumed_at IS NULL
            """);
        command.Parameters.AddWithValue("message", messageId);
        command.Parameters.AddWithValue("consumer", consumerId);
        command.Parameters.AddWithValue("claimant", claimant);
        await command.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>
    /// Locks the message's row in the unit of work's transaction and reads it again: what was read
    /// before the lock may have changed (another delivery, the sweeper). Null when the row is gone.
    /// </summary>
    public Task<InboxState?> LockAsync(PostgresTransactionContext transaction, Guid messageId, Guid consumerId, CancellationToken cancellationToken) =>
        transaction.CommandAsync(async command =>
        {
            command.CommandText = $"""
                SELECT receive_count, consumed_at, delivered_at, last_sequence_number FROM {_table}
                WHERE message_id = @message AND consumer_id = @consumer FOR UPDATE
                """;
            command.Parameters.AddWithValue("message", messageId);
            command.Parameters.AddWithValue("consumer", consumerId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader, messageId, consumerId, claimed: false) : null;
        }, cancellationToken);

    private static InboxState Read(NpgsqlDataReader reader, Guid messageId, Guid consumerId, bool claimed) => new()
    {
        MessageId = messageId,
        ConsumerId = consumerId,
        ReceiveCount = reader.GetInt32(0),
        ConsumedAt = reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1),
        DeliveredAt = reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2),
        LastSequenceNumber = reader.IsDBNull(3) ? null : reader.GetInt64(3),
        Claimed = claimed,
    };
}
