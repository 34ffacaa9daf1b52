namespace Suite.ServiceDefaults.Postgres.Outbox;

/// <summary>
/// Forgets inbox rows of messages consumed and delivered long ago: a broker redelivers within
/// minutes, so a week is far past any duplicate that could still arrive.
/// </summary>
internal sealed class InboxCleanup(SuitePostgres postgres, TimeProvider time, ILogger<InboxCleanup> logger) : BackgroundService
{
    public static readonly TimeSpan Keep = TimeSpan.FromDays(7);
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Interval, time, stoppingToken).ConfigureAwait(false);
                await using var command = postgres.DataSource.CreateCommand(
                    $"DELETE FROM {postgres.Table("inbox_state")} WHERE delivered_at < @before");
                command.Parameters.AddWithValue("before", time.GetUtcNow() - Keep);
                var removed = await command.ExecuteNonQueryAsync(stoppingToken).ConfigureAwait(false);
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
