using MassTransit.Middleware;
using MassTransit.Serialization;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Suite.ServiceDefaults.Postgres.Outbox;

/// <summary>
/// Delivers outboxes that were left behind: the consume committed, but delivery failed or the
/// process died, and the broker will not redeliver the message (it went to the error queue, or was
/// acknowledged). MassTransit's outbox pipe delivers only on a redelivery, so without this such
/// messages would wait for ever. Each message is claimed with <c>FOR UPDATE SKIP LOCKED</c> on its
/// inbox row in a transaction of its own, so two processes never send the same outbox, and a
/// delivery that MassTransit is doing right now (it holds that lock) is left to it.
/// </summary>
internal sealed class OutboxSweeper(
    SuitePostgres postgres,
    IBus bus,
    TimeProvider time,
    IOptions<PostgresOutboxOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<OutboxSweeper> logger) : BackgroundService
{
    private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Delivers every outbox consumed more than <see cref="PostgresOutboxOptions.SweepAfter"/> ago and not delivered; returns how many.</summary>
    public async Task<int> SweepOnceAsync(CancellationToken cancellationToken)
    {
        var failed = new List<(Guid Message, Guid Consumer)>();
        var delivered = 0;
        while (await DeliverOne(failed, cancellationToken).ConfigureAwait(false))
        {
            delivered++;
        }

        return delivered;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        try
        {
            await started.Task.WaitAsync(stoppingToken).ConfigureAwait(false);
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    var delivered = await SweepOnceAsync(stoppingToken).ConfigureAwait(false);
                    if (delivered > 0)
                    {
                        logger.LogWarning("Delivered the outbox of {Count} consumed messages that had been left undelivered", delivered);
                    }
                }
                catch (NpgsqlException exception)
                {
                    logger.LogWarning("Sweeping the outbox failed: {Reason}", exception.Message);
                }

                await Task.Delay(options.Value.SweepInterval, time, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    // False when nothing (else) is left to deliver.
    private async Task<bool> DeliverOne(List<(Guid Message, Guid Consumer)> failed, CancellationToken cancellationToken)
    {
        var inbox = postgres.Table("inbox_state");
        await using var connection = await postgres.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        Guid messageId, consumerId;
        long? lastSequence;
        await using (var claim = new NpgsqlCommand($"""
            SELECT message_id, consumer_id, last_sequence_number FROM {inbox}
            WHERE consumed_at < @before AND delivered_at IS NULL
              AND (message_id, consumer_id) NOT IN (SELECT * FROM unnest(@failedMessages, @failedConsumers))
            ORDER BY consumed_at LIMIT 1 FOR UPDATE SKIP LOCKED
            """, connection, transaction))
        {
            claim.Parameters.AddWithValue("before", time.GetUtcNow() - options.Value.SweepAfter);
            claim.Parameters.AddWithValue("failedMessages", failed.Select(f => f.Message).ToArray());
            claim.Parameters.AddWithValue("failedConsumers", failed.Select(f => f.Consumer).ToArray());
            await using var reader = await claim.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return false;
            }

            (messageId, consumerId, lastSequence) = (reader.GetGuid(0), reader.GetGuid(1), reader.IsDBNull(2) ? null : reader.GetInt64(2));
        }

        try
        {
            await Deliver(connection, transaction, messageId, consumerId, lastSequence, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Delivering the left-behind outbox of message {MessageId} failed; trying again later", messageId);
            failed.Add((messageId, consumerId));
            await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
            return true;
        }

        await using (var done = new NpgsqlCommand($"""
            UPDATE {inbox} SET delivered_at = @now WHERE message_id = @message AND consumer_id = @consumer;
            DELETE FROM {postgres.Table("outbox_message")} WHERE inbox_message_id = @message AND inbox_consumer_id = @consumer;
            """, connection, transaction))
        {
            done.Parameters.AddWithValue("now", time.GetUtcNow());
            done.Parameters.AddWithValue("message", messageId);
            done.Parameters.AddWithValue("consumer", consumerId);
            await done.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task Deliver(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid messageId, Guid consumerId, long? lastSequence,
        CancellationToken cancellationToken)
    {
        List<OutboxMessageContext> messages;
        await using (var load = new NpgsqlCommand("", connection, transaction))
        {
            messages = await OutboxRows.LoadAsync(load, postgres, messageId, consumerId, int.MaxValue, SystemTextJsonMessageSerializer.Instance,
                cancellationToken).ConfigureAwait(false);
        }

        foreach (var message in messages.Where(m => lastSequence is null || m.SequenceNumber > lastSequence))
        {
            if (message.DestinationAddress is not { } destination)
            {
                continue;
            }

            using var timeout = new CancellationTokenSource(SendTimeout, time);
            using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            var endpoint = await bus.GetSendEndpoint(destination).ConfigureAwait(false);
            await endpoint.Send(new SerializedMessageBody(), new OutboxMessageSendPipe(message, destination), either.Token).ConfigureAwait(false);

            // Committed with the claim, also when a later send fails: the next sweep goes on after the last message sent.
            await using var progress = new NpgsqlCommand(
                $"UPDATE {postgres.Table("inbox_state")} SET last_sequence_number = @sequence WHERE message_id = @message AND consumer_id = @consumer",
                connection, transaction);
            progress.Parameters.AddWithValue("sequence", message.SequenceNumber);
            progress.Parameters.AddWithValue("message", messageId);
            progress.Parameters.AddWithValue("consumer", consumerId);
            await progress.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
