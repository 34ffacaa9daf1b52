using Npgsql;
using NpgsqlTypes;
using Suite.Sagas.History;
using Suite.ServiceDefaults.Postgres;

namespace Suite.Sagas.EventStore;

/// <summary>
/// Deployment histories in PostgreSQL. An append locks its stream's head row (the expected
/// version check) and takes its global positions from a sequence: appends to different streams
/// never wait for each other, and positions may have gaps (a rolled-back append leaves one).
/// Readers of the global order are kept from skipping an event that commits late by
/// <see cref="PostgresReadHorizon"/>. Inside a consume's unit of work (the saga's), the append
/// joins it.
/// </summary>
public sealed class PostgresEventStore(SuitePostgres postgres, PostgresTransactionContext? ambient = null) : IEventStore
{
    private readonly string _events = postgres.Table("history_event");
    private readonly string _streams = postgres.Table("history_stream");
    private readonly string _positions = postgres.Table("history_position");
    private readonly (string Sql, int Class, int Key) _appendLock = PostgresReadHorizon.AppendLock(postgres.Schema);

    public async Task<long> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<IHistoryEvent> events, EventMetadata metadata,
        CancellationToken cancellationToken)
    {
        var metadataJson = EventHashChain.SerializeMetadata(metadata);
        var serialized = events.Select(e => (Type: HistoryEventTypes.NameOf(e), Json: HistoryJson.Serialize(e))).ToList();
        if (ambient is { IsActive: true })
        {
            return await ambient.RunAsync((connection, transaction) =>
                Append(connection, transaction, streamId, expectedVersion, serialized, metadataJson, metadata.RecordedAt, cancellationToken),
                cancellationToken).ConfigureAwait(false);
        }

        await using var connection = await postgres.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var version = await Append(connection, transaction, streamId, expectedVersion, serialized, metadataJson, metadata.RecordedAt, cancellationToken)
            .ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return version;
    }

    public async Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string streamId, CancellationToken cancellationToken)
    {
        await using var command = postgres.DataSource.CreateCommand(
            $"{SelectEvents} WHERE stream_id = @stream ORDER BY version");
        command.Parameters.AddWithValue("stream", streamId);
        return await ReadEvents(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<RecordedEvent>> ReadAllAsync(long afterPosition, int maxCount, CancellationToken cancellationToken)
    {
        await using var connection = await postgres.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var horizon = await PostgresReadHorizon.WaitAsync(connection, postgres.Schema, _positions, afterPosition, cancellationToken).ConfigureAwait(false);
        if (horizon <= afterPosition)
        {
            return [];
        }

        await using var command = new NpgsqlCommand(
            $"{SelectEvents} WHERE position > @after AND position <= @horizon ORDER BY position LIMIT @limit", connection);
        command.Parameters.AddWithValue("after", afterPosition);
        command.Parameters.AddWithValue("horizon", horizon);
        command.Parameters.AddWithValue("limit", maxCount);
        return await ReadEvents(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task<HistoryVerification> VerifyStreamAsync(string streamId, CancellationToken cancellationToken)
    {
        await using var command = postgres.DataSource.CreateCommand($"""
            SELECT version, last_hash FROM {_streams} WHERE stream_id = @stream;
            SELECT version, type, data::text, metadata::text, previous_hash, hash, position, hash_scheme FROM {_events}
            WHERE stream_id = @stream ORDER BY version;
            """);
        command.Parameters.AddWithValue("stream", streamId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var head = await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new StreamHead(reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1))
            : null;
        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        var stored = new List<StoredEvent>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            stored.Add(new StoredEvent(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetString(5))
            {
                Position = reader.GetInt64(6),
                Scheme = reader.GetInt16(7),
            });
        }

        return EventHashChain.Verify(streamId, stored, head);
    }

    private string SelectEvents =>
        $"SELECT stream_id, version, position, type, data::text, metadata::text, previous_hash, hash FROM {_events}";

    private async Task<long> Append(NpgsqlConnection connection, NpgsqlTransaction transaction, string streamId, long expectedVersion,
        IReadOnlyList<(string Type, string Json)> events, string metadataJson, DateTimeOffset recordedAt, CancellationToken cancellationToken)
    {
        // A new stream's head row is created first, so that two first appends queue on it like any others. The read
        // horizon's lock is taken before the positions, and held until the transaction ends.
        long actual;
        string? lastHash;
        var positions = new List<long>(events.Count);
        var (appendLock, lockClass, lockKey) = _appendLock;
        await using (var head = new NpgsqlCommand($"""
            INSERT INTO {_streams} (stream_id, version) VALUES (@stream, 0) ON CONFLICT (stream_id) DO NOTHING;
            SELECT version, last_hash FROM {_streams} WHERE stream_id = @stream FOR UPDATE;
            {appendLock};
            SELECT nextval('{_positions}') FROM generate_series(1, @count);
            """, connection, transaction))
        {
            head.Parameters.AddWithValue("stream", streamId);
            head.Parameters.AddWithValue("count", events.Count);
            head.Parameters.AddWithValue("lockClass", lockClass);
            head.Parameters.AddWithValue("lockKey", lockKey);
            await using var reader = await head.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            actual = reader.GetInt64(0);
            lastHash = reader.IsDBNull(1) ? null : reader.GetString(1);
            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                positions.Add(reader.GetInt64(0));
            }
        }

        if (actual != expectedVersion)
        {
            throw new EventStreamConcurrencyException(streamId, expectedVersion, actual);
        }

        if (events.Count == 0)
        {
            return actual;
        }

        await using var batch = new NpgsqlBatch(connection, transaction);
        var version = actual;
        var hash = lastHash;
        foreach (var ((type, json), position) in events.Zip(positions))
        {
            version++;
            var next = EventHashChain.Hash(hash, streamId, version, position, type, json, metadataJson);
            var insert = new NpgsqlBatchCommand($"""
                INSERT INTO {_events} (position, stream_id, version, type, data, metadata, recorded_at, previous_hash, hash, hash_scheme)
                VALUES (@position, @stream, @version, @type, @data, @metadata, @at, @previous, @hash, @scheme)
                """);
            insert.Parameters.AddWithValue("position", position);
            insert.Parameters.AddWithValue("stream", streamId);
            insert.Parameters.AddWithValue("version", version);
            insert.Parameters.AddWithValue("type", type);
            insert.Parameters.AddWithValue("data", NpgsqlDbType.Json, json);
            insert.Parameters.AddWithValue("metadata", NpgsqlDbType.Json, metadataJson);
            insert.Parameters.AddWithValue("at", recordedAt);
            insert.Parameters.AddWithValue("previous", (object?)hash ?? DBNull.Value);
            insert.Parameters.AddWithValue("hash", next);
            insert.Parameters.AddWithValue("scheme", (short)EventHashChain.PositionScheme);
            batch.BatchCommands.Add(insert);
            hash = next;
        }

        var update = new NpgsqlBatchCommand($"UPDATE {_streams} SET version = @version, last_hash = @hash WHERE stream_id = @stream");
        update.Parameters.AddWithValue("version", version);
        update.Parameters.AddWithValue("hash", hash!);
        update.Parameters.AddWithValue("stream", streamId);
        batch.BatchCommands.Add(update);
        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return version;
    }

    private static async Task<IReadOnlyList<RecordedEvent>> ReadEvents(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var events = new List<RecordedEvent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var type = reader.GetString(3);
            var json = reader.GetString(4);
            var metadataJson = reader.GetString(5);
            events.Add(new RecordedEvent(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), type, json,
                HistoryJson.Deserialize(type, json), EventHashChain.DeserializeMetadata(metadataJson))
            {
                MetadataJson = metadataJson,
                PreviousHash = reader.IsDBNull(6) ? null : reader.GetString(6),
                Hash = reader.GetString(7),
            });
        }

        return events;
    }
}
