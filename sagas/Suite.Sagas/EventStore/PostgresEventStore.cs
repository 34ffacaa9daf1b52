using Npgsql;
using NpgsqlTypes;
using Suite.Sagas.History;
using Suite.ServiceDefaults.Postgres;

namespace Suite.Sagas.EventStore;

/// <summary>
/// Deployment histories in PostgreSQL. An append locks its stream's head row (the expected
/// version check) and takes its global positions from a one-row counter that stays locked until
/// the transaction ends: positions are therefore dense and become visible in order, so a reader
/// paging by position can never skip an event that commits later (no gaps to wait out). Inside a
/// consume's unit of work (the saga's), the append joins it.
/// </summary>
public sealed class PostgresEventStore(SuitePostgres postgres, PostgresTransactionContext? ambient = null) : IEventStore
{
    private readonly string _events = postgres.Table("history_event");
    private readonly string _streams = postgres.Table("history_stream");
    private readonly string _sequence = postgres.Table("history_sequence");

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
        await using var command = postgres.DataSource.CreateCommand(
            $"{SelectEvents} WHERE position > @after ORDER BY position LIMIT @limit");
        command.Parameters.AddWithValue("after", afterPosition);
        command.Parameters.AddWithValue("limit", maxCount);
        return await ReadEvents(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task<HistoryVerification> VerifyStreamAsync(string streamId, CancellationToken cancellationToken)
    {
        await using var command = postgres.DataSource.CreateCommand(
            $"SELECT version, type, data::text, metadata::text, previous_hash, hash FROM {_events} WHERE stream_id = @stream ORDER BY version");
        command.Parameters.AddWithValue("stream", streamId);
        var stored = new List<StoredEvent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            stored.Add(new StoredEvent(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetString(5)));
        }

        return EventHashChain.Verify(streamId, stored);
    }

    private string SelectEvents =>
        $"SELECT stream_id, version, position, type, data::text, metadata::text, previous_hash, hash FROM {_events}";

    private async Task<long> Append(NpgsqlConnection connection, NpgsqlTransaction? transaction, string streamId, long expectedVersion,
        IReadOnlyList<(string Type, string Json)> events, string metadataJson, DateTimeOffset recordedAt, CancellationToken cancellationToken)
    {
        // A new stream's head row is created first, so that two first appends queue on it like any others.
        await using (var head = new NpgsqlCommand($"""
            INSERT INTO {_streams} (stream_id, version) VALUES (@stream, 0) ON CONFLICT (stream_id) DO NOTHING;
            SELECT version, last_hash FROM {_streams} WHERE stream_id = @stream FOR UPDATE;
            """, connection, transaction))
        {
            head.Parameters.AddWithValue("stream", streamId);
            await using var reader = await head.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var actual = reader.GetInt64(0);
            var lastHash = reader.IsDBNull(1) ? null : reader.GetString(1);
            await reader.DisposeAsync().ConfigureAwait(false);
            if (actual != expectedVersion)
            {
                throw new EventStreamConcurrencyException(streamId, expectedVersion, actual);
            }

            if (events.Count == 0)
            {
                return actual;
            }

            long lastPosition;
            await using (var sequence = new NpgsqlCommand(
                $"UPDATE {_sequence} SET last_position = last_position + @count WHERE id = 1 RETURNING last_position", connection, transaction))
            {
                sequence.Parameters.AddWithValue("count", (long)events.Count);
                lastPosition = (long)(await sequence.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            }

            var batch = new NpgsqlBatch(connection, transaction);
            await using (batch.ConfigureAwait(false))
            {
                var version = actual;
                var position = lastPosition - events.Count;
                var hash = lastHash;
                foreach (var (type, json) in events)
                {
                    version++;
                    position++;
                    var next = EventHashChain.Hash(hash, streamId, version, type, json, metadataJson);
                    var insert = new NpgsqlBatchCommand($"""
                        INSERT INTO {_events} (position, stream_id, version, type, data, metadata, recorded_at, previous_hash, hash)
                        VALUES (@position, @stream, @version, @type, @data, @metadata, @at, @previous, @hash)
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
        }
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
