using Microsoft.Extensions.Options;

namespace Suite.ServiceDefaults.Postgres.Outbox;

/// <summary>
/// Forgets inbox rows received longer ago than <see cref="PostgresOutboxOptions.InboxRetention"/>,
/// delivered or not, with any outbox rows they still have: a broker redelivers within minutes, and
/// the sweeper delivers a left-behind outbox within a minute, so a row that old is either done or
/// has failed for days (then it is logged as it goes).
/// </summary>
internal sealed class InboxCleanup(SuitePostgres postgres, TimeProvider time, IOptions<PostgresOutboxOptions> options, ILogger<InboxCleanup> logger)
    : BackgroundService
{
    /// <summary>Removes the old rows now; returns how many inbox rows went and how many of them had an undelivered outbox.</summary>
    public async Task<(int Removed, int Undelivered)> CleanOnceAsync(CancellationToken cancellationToken)
    {
        await using var command = postgres.DataSource.CreateCommand($"""
            WITH old AS (
                DELETE FROM {postgres.Table("inbox_state")} WHERE received_at < @before
                RETURNING message_id, consumer_id, consumed_at IS NOT NULL AND delivered_at IS NULL AS undelivered),
            outbox AS (
                DELETE FROM {postgres.Table("outbox_message")} o USING old
                WHERE o.inbox_message_id = old.message_id AND o.inbox_consumer_id = old.consumer_id)
            SELECT count(*)::int, (count(*) FILTER (WHERE undelivered))::int FROM old
            """);
        command.Parameters.AddWithValue("before", time.GetUtcNow() - options.Value.InboxRetention);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return (reader.GetInt32(0), reader.GetInt32(1));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.CleanupInterval, time, stoppingToken).ConfigureAwait(false);
                var (removed, undelivered) = await CleanOnceAsync(stoppingToken).ConfigureAwait(false);
                if (undelivered > 0)
                {
                    logger.LogError("Forgot {Count} inbox rows older than {Retention} whose outbox was never delivered", undelivered,
                        options.Value.InboxRetention);
                }

                logger.LogDebug("Removed {Count} old inbox rows", removed);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Npgsql.NpgsqlException exception)
            {
                logger.LogWarning("Cleaning the inbox failed: {Reason}", exception.Message);
            }
        }
    }
}
