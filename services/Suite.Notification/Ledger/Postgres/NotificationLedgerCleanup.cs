using Suite.Notification.Delivery;
using Suite.ServiceDefaults.Postgres;

namespace Suite.Notification.Ledger.Postgres;

/// <summary>
/// Forgets deliveries that ended, resolved incidents and retries recorded long ago: a lifecycle event
/// comes back within minutes when it comes back at all, so a month is far past any redelivery, and
/// past any retry worth resolving an incident for. Open incidents stay.
/// </summary>
internal sealed partial class NotificationLedgerCleanup(SuitePostgres postgres, DeliveryClock clock, ILogger<NotificationLedgerCleanup> logger)
    : BackgroundService
{
    public static readonly TimeSpan Keep = TimeSpan.FromDays(30);
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Interval, clock.Time, stoppingToken).ConfigureAwait(false);
                await using var command = postgres.DataSource.CreateCommand($"""
                    DELETE FROM {postgres.Table("notification_delivery")} WHERE ended_at < @before;
                    DELETE FROM {postgres.Table("notification_incident")} WHERE NOT is_open AND updated_at < @before;
                    DELETE FROM {postgres.Table("notification_retry")} WHERE recorded_at < @before;
                    """);
                command.Parameters.AddWithValue("before", clock.Now - Keep);
                LogRemoved(await command.ExecuteNonQueryAsync(stoppingToken).ConfigureAwait(false));
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Npgsql.NpgsqlException e)
            {
                LogFailed(e.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Removed {Count} old notification ledger rows")]
    private partial void LogRemoved(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cleaning the notification ledger failed: {Reason}")]
    private partial void LogFailed(string reason);
}
