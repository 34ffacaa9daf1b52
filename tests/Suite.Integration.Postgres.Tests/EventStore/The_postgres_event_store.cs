using Suite.Sagas.EventStore;

namespace Suite.Integration.Postgres.Tests.EventStore;

public sealed class The_postgres_event_store : EventStoreContract
{
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

    public override async Task DisposeAsync() => await _database.DisposeAsync();
}
