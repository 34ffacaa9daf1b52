using Suite.Sagas.EventStore;

namespace Suite.Integration.Postgres.Tests.EventStore;

public sealed class The_in_memory_event_store : EventStoreContract
{
    private readonly InMemoryEventStore _store = new();

    protected override Task<IEventStore> CreateStore() => Task.FromResult<IEventStore>(_store);

    protected override Task Tamper(string streamId, long version, string json)
    {
        _store.OverwriteForTest(streamId, version, json);
        return Task.CompletedTask;
    }

    protected override Task DeleteEvent(string streamId, long version)
    {
        _store.DeleteForTest(streamId, version);
        return Task.CompletedTask;
    }

    protected override Task DeleteStream(string streamId)
    {
        _store.DeleteStreamForTest(streamId);
        return Task.CompletedTask;
    }

    protected override Task Rehash(string streamId, long version, string json)
    {
        _store.RehashForTest(streamId, version, json);
        return Task.CompletedTask;
    }
}
