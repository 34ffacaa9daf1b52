using Suite.Sagas.History;

namespace Suite.Sagas.EventStore;

/// <summary>
/// Append-only streams of history events, one stream per deployment. Shaped after Marten's
/// event store so that it could replace an implementation in one place.
/// </summary>
public interface IEventStore
{
    /// <summary>
    /// Appends <paramref name="events"/> if the stream is at <paramref name="expectedVersion"/>
    /// (0 for a new stream); otherwise throws <see cref="EventStreamConcurrencyException"/> and
    /// appends nothing. Returns the stream's new version.
    /// </summary>
    Task<long> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<IHistoryEvent> events, EventMetadata metadata,
        CancellationToken cancellationToken);

    /// <summary>The stream's events, oldest first; empty when there is no such stream.</summary>
    Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string streamId, CancellationToken cancellationToken);

    /// <summary>
    /// Every stream's events after global position <paramref name="afterPosition"/>, in order, at
    /// most <paramref name="maxCount"/>. Positions have no gaps and a reader never sees a later
    /// position before an earlier one, so paging by the last position read misses nothing.
    /// </summary>
    Task<IReadOnlyList<RecordedEvent>> ReadAllAsync(long afterPosition, int maxCount, CancellationToken cancellationToken);

    /// <summary>Checks the stream's hash chain; a stream that does not exist is intact with 0 events.</summary>
    Task<HistoryVerification> VerifyStreamAsync(string streamId, CancellationToken cancellationToken);
}
