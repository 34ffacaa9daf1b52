using System.Text;
using Npgsql;

namespace Suite.Sagas.EventStore;

/// <summary>
/// How far a reader of the global order may read without skipping an event that commits late.
/// Positions come from a sequence, so an append can take a lower position than one that commits
/// before it. Every append therefore takes a shared transaction-level advisory lock of its schema
/// (<see cref="AppendLock"/>) before it takes positions, and holds it until its transaction ends. A
/// reader reads the highest position handed out so far, then notes which transactions hold that
/// lock, and waits until all of them have ended: from then on every position up to the one it read
/// is either visible or will never be (its append rolled back). Shared locks do not conflict, so
/// appends never wait for each other or for readers; and only this schema's appends are waited for
/// (a long transaction elsewhere on the server does not hold readers back).
/// Filtering events by "transaction id below the snapshot's xmin" while paging by position would not
/// be enough: a transaction with an old id can take a position after one with a newer id, and
/// commit later.
/// </summary>
internal static class PostgresReadHorizon
{
    /// <summary>How long a read waits for the appends that were running when it started; past it, it reads nothing this time.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(2);

    private const int LockClass = 0x5375_6974;
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(2);

    /// <summary>The SQL an append runs before it takes positions, and its parameters.</summary>
    public static (string Sql, int Class, int Key) AppendLock(string schema) =>
        ("SELECT pg_advisory_xact_lock_shared(@lockClass, @lockKey)", LockClass, KeyOf(schema));

    /// <summary>The highest position that is safe to read up to; <paramref name="after"/> or less when there is nothing new, or nothing safe yet.</summary>
    public static async Task<long> WaitAsync(NpgsqlConnection connection, string schema, string sequence, long after, CancellationToken cancellationToken)
    {
        long handedOut;
        await using (var last = new NpgsqlCommand($"SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM {sequence}", connection))
        {
            handedOut = (long)(await last.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }

        if (handedOut <= after)
        {
            return handedOut;
        }

        var key = KeyOf(schema);
        var appending = await Appending(connection, key, null, cancellationToken).ConfigureAwait(false);
        var started = TimeProvider.System.GetTimestamp();
        while (appending.Length > 0)
        {
            if (TimeProvider.System.GetElapsedTime(started) > MaxWait)
            {
                return after;
            }

            // Wall time on purpose: it waits for other sessions' transactions, which do not follow an injected clock.
            await Task.Delay(Poll, TimeProvider.System, cancellationToken).ConfigureAwait(false);
            appending = await Appending(connection, key, appending, cancellationToken).ConfigureAwait(false);
        }

        return handedOut;
    }

    // The transactions holding the append lock now; with `among`, only those of them still holding it.
    private static async Task<string[]> Appending(NpgsqlConnection connection, int key, string[]? among, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT virtualtransaction FROM pg_locks
            WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND classid = @lockClass::oid AND objid = @lockKey::oid AND objsubid = 2 AND granted
              AND (@among::text[] IS NULL OR virtualtransaction = ANY(@among))
            """, connection);
        command.Parameters.AddWithValue("lockClass", (long)LockClass);
        command.Parameters.AddWithValue("lockKey", (long)key);
        command.Parameters.Add(new NpgsqlParameter("among", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)among ?? DBNull.Value });
        var holders = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            holders.Add(reader.GetString(0));
        }

        return [.. holders];
    }

    // A stable, non-negative key per schema (FNV-1a), the same in every process.
    private static int KeyOf(string schema)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(schema))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (int)(hash & 0x7FFF_FFFF);
    }
}
