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
    /// Every stream's events after global position <paramref name="afterPosition"/>, in position
    /// order, at most <paramref name="maxCount"/>. Positions increase but may have gaps (an append
    /// that was rolled back leaves one). Only events no lower position can still join are returned:
    /// an append that is still running holds back the events after its positions until it ends, so
    /// paging by the last position read never skips an event that commits late. An empty page means
    /// nothing more is safe to read yet.
    /// </summary>
    Task<IReadOnlyList<RecordedEvent>> ReadAllAsync(long afterPosition, int maxCount, CancellationToken cancellationToken);

    /// <summary>
    /// Checks the stream's hash chain, and that its head knows of no more events than are there (and
    /// that its last hash is the last event's); a stream that does not exist, head and all, is intact
    /// with 0 events (<see cref="HistoryVerification.AgainstWitness"/> tells whether it should exist).
    /// </summary>
    Task<HistoryVerification> VerifyStreamAsync(string streamId, CancellationToken cancellationToken);
}
