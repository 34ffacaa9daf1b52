using Suite.Sagas.EventStore;
using Suite.Sagas.History;

namespace Suite.Integration.Postgres.Tests.EventStore;

/// <summary>What every event store must do; run against each implementation.</summary>
public abstract class EventStoreContract : IAsyncLifetime
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    protected IEventStore Store { get; private set; } = null!;

    protected abstract Task<IEventStore> CreateStore();

    /// <summary>Edits a stored event's JSON behind the store's back, as someone with database access could.</summary>
    protected abstract Task Tamper(string streamId, long version, string json);

    /// <summary>Deletes a stored event behind the store's back, leaving the stream's head as it was.</summary>
    protected abstract Task DeleteEvent(string streamId, long version);

    /// <summary>Deletes a whole stream and its head behind the store's back.</summary>
    protected abstract Task DeleteStream(string streamId);

    /// <summary>Edits an event and recomputes every hash from it on, as someone who knows the scheme could; the head is left alone.</summary>
    protected abstract Task Rehash(string streamId, long version, string json);

    public async Task InitializeAsync() => Store = await CreateStore();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_read_back_a_stream_in_order_with_its_metadata()
    {
        var id = Guid.NewGuid();
        var stream = HistoryJson.StreamId(id);
        var metadata = new EventMetadata(id, Guid.NewGuid(), "ana", At) { Reason = "release 1.4" };
        Assert.Equal(2, await Store.AppendAsync(stream, 0, [new PauseRequested("ana", "lunch", At), new Paused(At)], metadata, default));
        Assert.Equal(3, await Store.AppendAsync(stream, 2, [new Resumed("bob", null, At.AddMinutes(1))], metadata with { Actor = "bob" }, default));

        var events = await Store.ReadStreamAsync(stream, default);

        Assert.Equal([1L, 2L, 3L], events.Select(e => e.Version));
        Assert.Equal(["PauseRequested", "Paused", "Resumed"], events.Select(e => e.Type));
        Assert.Equal(new PauseRequested("ana", "lunch", At), events[0].Data);
        Assert.Equal("bob", events[2].Metadata.Actor);
        Assert.Equal("release 1.4", events[0].Metadata.Reason);
        Assert.Equal(metadata.CausationId, events[0].Metadata.CausationId);
        Assert.Equal(id, events[0].Metadata.CorrelationId);
    }

    [Fact]
    public async Task Should_refuse_an_append_at_a_stale_version_and_append_nothing()
    {
        var id = Guid.NewGuid();
        var stream = HistoryJson.StreamId(id);
        await Store.AppendAsync(stream, 0, [new Paused(At)], Metadata(id), default);

        var conflict = await Assert.ThrowsAsync<EventStreamConcurrencyException>(() =>
            Store.AppendAsync(stream, 0, [new Succeeded(At), new Failed("x", At)], Metadata(id), default));

        Assert.Equal(0, conflict.ExpectedVersion);
        Assert.Equal(1, conflict.ActualVersion);
        Assert.Contains(stream, conflict.Message, StringComparison.Ordinal);
        Assert.Single(await Store.ReadStreamAsync(stream, default));
    }

    [Fact]
    public async Task Should_refuse_a_first_append_that_expects_an_existing_stream()
    {
        var id = Guid.NewGuid();
        await Assert.ThrowsAsync<EventStreamConcurrencyException>(() =>
            Store.AppendAsync(HistoryJson.StreamId(id), 3, [new Paused(At)], Metadata(id), default));
        Assert.Empty(await Store.ReadStreamAsync(HistoryJson.StreamId(id), default));
    }

    [Fact]
    public async Task Should_page_through_every_stream_in_global_order()
    {
        var start = await LastPosition();
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        await Store.AppendAsync(HistoryJson.StreamId(a), 0, [new Paused(At), new Resumed("x", null, At)], Metadata(a), default);
        await Store.AppendAsync(HistoryJson.StreamId(b), 0, [new Paused(At)], Metadata(b), default);
        await Store.AppendAsync(HistoryJson.StreamId(a), 2, [new Succeeded(At)], Metadata(a), default);
        await Store.AppendAsync(HistoryJson.StreamId(b), 1, [new Failed("bad", At), new Aborted("stop", At)], Metadata(b), default);

        var read = new List<RecordedEvent>();
        var after = start;
        while (true)
        {
            var page = await Store.ReadAllAsync(after, 2, default);
            if (page.Count == 0)
            {
                break;
            }

            read.AddRange(page);
            after = page[^1].Position;
        }

        Assert.Equal(6, read.Count);
        Assert.All(read.Zip(read.Skip(1)), pair => Assert.True(pair.First.Position < pair.Second.Position, "positions increase"));
        Assert.Equal(["Paused", "Resumed", "Paused", "Succeeded", "Failed", "Aborted"], read.Select(e => e.Type));
        Assert.Equal([HistoryJson.StreamId(a), HistoryJson.StreamId(a), HistoryJson.StreamId(b)], read.Take(3).Select(e => e.StreamId));
    }

    [Fact]
    public async Task Should_give_concurrent_appenders_distinct_positions_and_each_stream_its_own_versions()
    {
        var start = await LastPosition();
        var ids = Enumerable.Range(0, 8).Select(_ => Guid.NewGuid()).ToList();
        await Task.WhenAll(ids.Select(async id =>
        {
            for (var v = 0; v < 5; v++)
            {
                await Store.AppendAsync(HistoryJson.StreamId(id), v, [new Paused(At)], Metadata(id), default);
            }
        }));

        var all = await Store.ReadAllAsync(start, 1000, default);

        Assert.Equal(40, all.Count);
        Assert.Equal(all.Select(e => e.Position).Order(), all.Select(e => e.Position));
        Assert.Equal(40, all.Select(e => e.Position).Distinct().Count());
        Assert.All(ids, id => Assert.Equal([1L, 2L, 3L, 4L, 5L], all.Where(e => e.StreamId == HistoryJson.StreamId(id)).Select(e => e.Version)));
    }

    [Fact]
    public async Task Should_let_only_one_of_two_racing_appends_at_the_same_version_win()
    {
        var id = Guid.NewGuid();
        var stream = HistoryJson.StreamId(id);
        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(async i =>
        {
            try
            {
                await Store.AppendAsync(stream, 0, [new PauseRequested($"racer-{i}", null, At)], Metadata(id), default);
                return true;
            }
            catch (EventStreamConcurrencyException)
            {
                return false;
            }
        }));

        Assert.Single(results, won => won);
        Assert.Single(await Store.ReadStreamAsync(stream, default));
    }

    [Fact]
    public async Task Should_verify_an_untouched_history_as_intact()
    {
        var id = Guid.NewGuid();
        var stream = HistoryJson.StreamId(id);
        await Store.AppendAsync(stream, 0, [new Paused(At), new Resumed("x", null, At)], Metadata(id), default);
        await Store.AppendAsync(stream, 2, [new Succeeded(At)], Metadata(id), default);

        var verification = await Store.VerifyStreamAsync(stream, default);

        Assert.True(verification.IsIntact);
        Assert.Equal(3, verification.EventsChecked);
        var events = await Store.ReadStreamAsync(stream, default);
        Assert.Null(events[0].PreviousHash);
        Assert.Equal(events[0].Hash, events[1].PreviousHash);
        Assert.Equal(events[1].Hash, events[2].PreviousHash);
    }

    [Fact]
    public async Task Should_report_the_first_edited_event_of_a_tampered_history()
    {
        var id = Guid.NewGuid();
        var stream = HistoryJson.StreamId(id);
        await Store.AppendAsync(stream, 0, [new GateFailed("PostStep", 1, "error rate 5% over 1%", null, At), new RollbackStarted("gate failed", At)],
            Metadata(id), default);
        await Store.AppendAsync(stream, 2, [new Succeeded(At)], Metadata(id), default);
        var original = (await Store.ReadStreamAsync(stream, default))[1].Json;

        await Tamper(stream, 2, original.Replace("gate failed", "routine", StringComparison.Ordinal));
        var verification = await Store.VerifyStreamAsync(stream, default);

        Assert.False(verification.IsIntact);
        Assert.Equal(2, verification.FirstBrokenVersion);
        Assert.Equal(1, verification.EventsChecked);
        Assert.Contains("edited", verification.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_report_a_deleted_event_in_the_middle()
    {
        var stream = await ThreeEventStream();

        await DeleteEvent(stream, 2);
        var verification = await Store.VerifyStreamAsync(stream, default);

        Assert.False(verification.IsIntact);
        Assert.Equal(2, verification.FirstBrokenVersion);
        Assert.Contains("missing", verification.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_report_deleted_last_events_naming_the_first_missing_one()
    {
        var stream = await ThreeEventStream();

        await DeleteEvent(stream, 3);
        await DeleteEvent(stream, 2);
        var verification = await Store.VerifyStreamAsync(stream, default);

        Assert.False(verification.IsIntact);
        Assert.Equal(2, verification.FirstBrokenVersion);
        Assert.Equal(1, verification.EventsChecked);
        Assert.Contains("events 2 to 3 are missing", verification.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_report_a_deleted_stream_that_the_saga_saw_recorded()
    {
        var stream = await ThreeEventStream();

        await DeleteStream(stream);
        var verification = (await Store.VerifyStreamAsync(stream, default)).AgainstWitness(3);
        var unknown = (await Store.VerifyStreamAsync(HistoryJson.StreamId(Guid.NewGuid()), default)).AgainstWitness(0);

        Assert.False(verification.IsIntact);
        Assert.Equal(1, verification.FirstBrokenVersion);
        Assert.Contains("the stream is gone", verification.Problem, StringComparison.Ordinal);
        Assert.True(unknown.IsIntact);
        Assert.Equal(0, unknown.EventsChecked);
    }

    [Fact]
    public async Task Should_report_a_history_re_hashed_from_an_edited_event()
    {
        var stream = await ThreeEventStream();
        var original = (await Store.ReadStreamAsync(stream, default))[1].Json;

        await Rehash(stream, 2, original.Replace("gate failed", "routine", StringComparison.Ordinal));
        var verification = await Store.VerifyStreamAsync(stream, default);

        Assert.False(verification.IsIntact);
        Assert.Equal(3, verification.FirstBrokenVersion);
        Assert.Contains("re-hashed", verification.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_verify_a_history_against_a_witness_that_saw_no_more_than_it_holds()
    {
        var stream = await ThreeEventStream();

        Assert.True((await Store.VerifyStreamAsync(stream, default)).AgainstWitness(3).IsIntact);
        var ahead = (await Store.VerifyStreamAsync(stream, default)).AgainstWitness(5);
        Assert.False(ahead.IsIntact);
        Assert.Equal(4, ahead.FirstBrokenVersion);
    }

    private async Task<string> ThreeEventStream()
    {
        var id = Guid.NewGuid();
        var stream = HistoryJson.StreamId(id);
        await Store.AppendAsync(stream, 0, [new GateFailed("PostStep", 1, "error rate 5% over 1%", null, At), new RollbackStarted("gate failed", At)],
            Metadata(id), default);
        await Store.AppendAsync(stream, 2, [new Succeeded(At)], Metadata(id), default);
        return stream;
    }

    private async Task<long> LastPosition()
    {
        var last = 0L;
        while (await Store.ReadAllAsync(last, 1000, default) is { Count: > 0 } page)
        {
            last = page[^1].Position;
        }

        return last;
    }

    private static EventMetadata Metadata(Guid id) => new(id, Guid.NewGuid(), "tester", At);
}
