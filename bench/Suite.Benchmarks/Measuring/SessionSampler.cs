using Npgsql;

namespace Suite.Benchmarks.Measuring;

/// <summary>Samples pg_stat_activity every few milliseconds until stopped; see <see cref="SessionStates"/>.</summary>
public sealed class SessionSampler
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(5);

    // A session waiting for the history is one blocked on a lock while running a statement on the history's tables
    // (before the sequence: the position counter's UPDATE; since: a stream's head row); the holder is whichever
    // session blocks those waiters without waiting itself.
    private const string Query = """
        WITH s AS (
            SELECT pid, state, wait_event_type, query FROM pg_stat_activity
            WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()),
        history_waiters AS (
            SELECT pid, pg_blocking_pids(pid) AS blockers FROM s
            WHERE wait_event_type = 'Lock' AND query LIKE '%history_%'),
        holders AS (
            SELECT s.state FROM s
            WHERE s.pid IN (SELECT unnest(blockers) FROM history_waiters) AND s.pid NOT IN (SELECT pid FROM history_waiters))
        SELECT
            (SELECT count(*) FROM s WHERE state = 'active' AND wait_event_type IS DISTINCT FROM 'Lock'),
            (SELECT count(*) FROM history_waiters),
            (SELECT count(*) FROM s WHERE wait_event_type = 'Lock' AND query NOT LIKE '%history_%'),
            (SELECT count(*) FROM s WHERE state = 'idle in transaction'),
            (SELECT count(*) > 0 FROM history_waiters),
            (SELECT count(*) > 0 FROM holders WHERE state = 'idle in transaction')
        """;

    private readonly CancellationTokenSource _stop = new();
    private readonly Task<SessionStates> _sampling;

    private SessionSampler(NpgsqlDataSource dataSource) => _sampling = Task.Run(() => Sample(dataSource, _stop.Token));

    public static SessionSampler Start(NpgsqlDataSource dataSource) => new(dataSource);

    /// <summary>Stops sampling; returns the sums over the samples.</summary>
    public async Task<SessionStates> Stop()
    {
        await _stop.CancelAsync();
        var sums = await _sampling;
        _stop.Dispose();
        return sums;
    }

    private static async Task<SessionStates> Sample(NpgsqlDataSource dataSource, CancellationToken stop)
    {
        var sums = SessionStates.None;
        await using var connection = await dataSource.OpenConnectionAsync(CancellationToken.None);
        await using var command = new NpgsqlCommand(Query, connection);
        while (!stop.IsCancellationRequested)
        {
            await using (var reader = await command.ExecuteReaderAsync(CancellationToken.None))
            {
                await reader.ReadAsync(CancellationToken.None);
                sums = sums.Add(new SessionStates(1, reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3),
                    reader.GetBoolean(4) ? 1 : 0, reader.GetBoolean(5) ? 1 : 0));
            }

            try
            {
                await Task.Delay(Interval, TimeProvider.System, stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return sums;
    }
}
