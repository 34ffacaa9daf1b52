using Suite.Sagas.EventStore;
using Suite.Sagas.History;

namespace Suite.Sagas.Tests;

public sealed class When_appending_to_the_in_memory_store
{
    private static readonly EventMetadata Meta = new(Guid.Empty, null, "test", DateTimeOffset.UnixEpoch);

    [Fact]
    public async Task Should_append_with_the_expected_version_and_read_back_typed_events()
    {
        var store = new InMemoryEventStore();
        var version = await store.AppendAsync("s-1", 0, [new Paused(DateTimeOffset.UnixEpoch), new Failed("why", DateTimeOffset.UnixEpoch)], Meta, default);

        Assert.Equal(2, version);
        var events = await store.ReadStreamAsync("s-1", default);
        Assert.Equal([1L, 2L], events.Select(e => e.Version));
        Assert.Equal("why", Assert.IsType<Failed>(events[1].Data).Reason);
        Assert.Equal("Failed", events[1].Type);
    }

    [Fact]
    public async Task Should_refuse_a_conflicting_append_and_keep_the_stream()
    {
        var store = new InMemoryEventStore();
        await store.AppendAsync("s-1", 0, [new Paused(DateTimeOffset.UnixEpoch)], Meta, default);

        var conflict = await Assert.ThrowsAsync<EventStreamConcurrencyException>(() =>
            store.AppendAsync("s-1", 0, [new Failed("late", DateTimeOffset.UnixEpoch)], Meta, default));

        Assert.Equal("stream 's-1' is at version 1, but the append expected version 0", conflict.Message);
        Assert.Single(await store.ReadStreamAsync("s-1", default));
    }

    [Fact]
    public async Task Should_read_all_streams_in_global_order_from_a_position()
    {
        var store = new InMemoryEventStore();
        await store.AppendAsync("a", 0, [new Paused(DateTimeOffset.UnixEpoch)], Meta, default);
        await store.AppendAsync("b", 0, [new Paused(DateTimeOffset.UnixEpoch)], Meta, default);
        await store.AppendAsync("a", 1, [new Failed("x", DateTimeOffset.UnixEpoch)], Meta, default);

        var page = await store.ReadAllAsync(1, 10, default);

        Assert.Equal([("b", 2L), ("a", 3L)], page.Select(e => (e.StreamId, e.Position)));
    }
}
