using Suite.Sagas.EventStore;
using Suite.Sagas.History;

namespace Suite.Sagas.Tests;

public sealed class When_a_history_append_fails_once
{
    [Fact]
    public async Task Should_leave_the_saga_as_it_was_so_that_the_retry_records_it_once()
    {
        var store = new StoreFailingOnce(failingAppend: 3);
        await using var host = await SagaTestHost.Start(store: store);
        var id = await host.Deploy();

        var saga = await host.InState(id, m => m.Succeeded);

        var history = await host.History(id);
        Assert.True(store.Failed);
        Assert.Equal(history.Count, saga.HistoryVersion);
        Assert.Single(history.OfType<BaselineTaken>());
        Assert.Single(history.OfType<PlanMade>());
    }

    private sealed class StoreFailingOnce(int failingAppend) : IEventStore
    {
        private readonly InMemoryEventStore _inner = new();
        private int _appends;

        public bool Failed { get; private set; }

        public Task<long> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<IHistoryEvent> events, EventMetadata metadata,
            CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _appends) == failingAppend)
            {
                Failed = true;
                throw new TimeoutException("the store did not answer");
            }

            return _inner.AppendAsync(streamId, expectedVersion, events, metadata, cancellationToken);
        }

        public Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string streamId, CancellationToken cancellationToken) =>
            _inner.ReadStreamAsync(streamId, cancellationToken);

        public Task<IReadOnlyList<RecordedEvent>> ReadAllAsync(long afterPosition, int maxCount, CancellationToken cancellationToken) =>
            _inner.ReadAllAsync(afterPosition, maxCount, cancellationToken);

        public Task<HistoryVerification> VerifyStreamAsync(string streamId, CancellationToken cancellationToken) =>
            _inner.VerifyStreamAsync(streamId, cancellationToken);
    }
}
