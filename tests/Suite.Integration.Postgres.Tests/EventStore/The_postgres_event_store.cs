using Suite.Sagas.EventStore;
using Suite.Sagas.History;
using Suite.ServiceDefaults.Postgres;

namespace Suite.Integration.Postgres.Tests.EventStore;

public sealed class The_postgres_event_store : EventStoreContract
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
    private TestDatabase _database = null!;

    protected override async Task<IEventStore> CreateStore()
    {
        _database = await TestDatabase.CreateAsync(Migrations.All());
        return new PostgresEventStore(_database.Postgres);
    }

    protected override async Task Tamper(string streamId, long version, string json)
    {
        await using var command = _database.Postgres.DataSource.CreateCommand(
            $"UPDATE {_database.Schema}.history_event SET data = @json::json WHERE stream_id = @stream AND version = @version");
        command.Parameters.AddWithValue("json", json);
        command.Parameters.AddWithValue("stream", streamId);
        command.Parameters.AddWithValue("version", version);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    protected override async Task DeleteEvent(string streamId, long version)
    {
        await using var command = _database.Postgres.DataSource.CreateCommand(
            $"DELETE FROM {_database.Schema}.history_event WHERE stream_id = @stream AND version = @version");
        command.Parameters.AddWithValue("stream", streamId);
        command.Parameters.AddWithValue("version", version);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    protected override async Task DeleteStream(string streamId)
    {
        await using var command = _database.Postgres.DataSource.CreateCommand(
            $"DELETE FROM {_database.Schema}.history_event WHERE stream_id = @stream; DELETE FROM {_database.Schema}.history_stream WHERE stream_id = @stream");
        command.Parameters.AddWithValue("stream", streamId);
        await command.ExecuteNonQueryAsync();
    }

    protected override async Task Rehash(string streamId, long version, string json)
    {
        await Tamper(streamId, version, json);
        var stored = await Store.ReadStreamAsync(streamId, default);
        var previous = stored.Single(e => e.Version == version).PreviousHash;
        foreach (var e in stored.Where(e => e.Version >= version))
        {
            var hash = EventHashChain.Hash(previous, streamId, e.Version, e.Position, e.Type, e.Json, e.MetadataJson);
            await using var command = _database.Postgres.DataSource.CreateCommand(
                $"UPDATE {_database.Schema}.history_event SET previous_hash = @previous, hash = @hash WHERE stream_id = @stream AND version = @version");
            command.Parameters.AddWithValue("previous", (object?)previous ?? DBNull.Value);
            command.Parameters.AddWithValue("hash", hash);
            command.Parameters.AddWithValue("stream", streamId);
            command.Parameters.AddWithValue("version", e.Version);
            await command.ExecuteNonQueryAsync();
            previous = hash;
        }
    }

    public override async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Should_not_let_a_reader_skip_a_lower_position_that_commits_later()
    {
        var start = await Position();
        var (early, late) = (Guid.NewGuid(), Guid.NewGuid());
        await using var slow = new PostgresTransactionContext();
        slow.Open(_database.Postgres.DataSource);
        await new PostgresEventStore(_database.Postgres, slow).AppendAsync(HistoryJson.StreamId(early), 0, [new Paused(At)], Metadata(early), default);

        // Appends to other streams do not wait for the open one: the global position is a sequence, not a row lock.
        await Store.AppendAsync(HistoryJson.StreamId(late), 0, [new Resumed("bob", null, At)], Metadata(late), default)
            .WaitAsync(TimeSpan.FromSeconds(10));
        var whileOpen = await Store.ReadAllAsync(start, 100, default);
        await slow.CommitAsync(default);
        await slow.CloseAsync();
        var read = await PageFrom(start);

        Assert.Empty(whileOpen);
        Assert.Equal([HistoryJson.StreamId(early), HistoryJson.StreamId(late)], read.Select(e => e.StreamId));
        Assert.True(read[0].Position < read[1].Position);
    }

    [Fact]
    public async Task Should_read_past_the_gap_an_aborted_append_leaves()
    {
        var start = await Position();
        var (aborted, kept) = (Guid.NewGuid(), Guid.NewGuid());
        await using (var rolledBack = new PostgresTransactionContext())
        {
            rolledBack.Open(_database.Postgres.DataSource);
            await new PostgresEventStore(_database.Postgres, rolledBack).AppendAsync(HistoryJson.StreamId(aborted), 0, [new Paused(At)], Metadata(aborted), default);
        }

        await Store.AppendAsync(HistoryJson.StreamId(kept), 0, [new Paused(At)], Metadata(kept), default);
        var read = await PageFrom(start);

        Assert.Equal([HistoryJson.StreamId(kept)], read.Select(e => e.StreamId));
        Assert.True(read[0].Position > start + 1, "the aborted append's position is a gap");
    }

    private async Task<List<RecordedEvent>> PageFrom(long after)
    {
        var read = new List<RecordedEvent>();
        while (await Store.ReadAllAsync(after, 1, default) is { Count: > 0 } page)
        {
            read.AddRange(page);
            after = page[^1].Position;
        }

        return read;
    }

    private async Task<long> Position() => (long)(await _database.ScalarAsync(
        "SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM {schema}.history_position"))!;

    private static EventMetadata Metadata(Guid id) => new(id, Guid.NewGuid(), "tester", At);
}
