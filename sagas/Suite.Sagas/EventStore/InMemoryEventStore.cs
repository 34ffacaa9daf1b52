using Suite.Sagas.History;

namespace Suite.Sagas.EventStore;

/// <summary>
/// The embedded default. Events go through JSON as they would to PostgreSQL, so what reads
/// back is what a durable store would give.
/// </summary>
public sealed class InMemoryEventStore : IEventStore
{
    private readonly Lock _gate = new();
    private readonly List<(string StreamId, long Version, string Type, string Json, EventMetadata Metadata)> _all = [];
    private readonly Dictionary<string, long> _versions = [];

    public Task<long> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<IHistoryEvent> events, EventMetadata metadata,
        CancellationToken cancellationToken)
    {
        var serialized = events.Select(e => (Type: HistoryEventTypes.NameOf(e), Json: HistoryJson.Serialize(e))).ToList();
        lock (_gate)
        {
            var actual = _versions.GetValueOrDefault(streamId);
            if (actual != expectedVersion)
            {
                throw new EventStreamConcurrencyException(streamId, expectedVersion, actual);
            }

            foreach (var (type, json) in serialized)
            {
                _all.Add((streamId, ++actual, type, json, metadata));
            }

            _versions[streamId] = actual;
            return Task.FromResult(actual);
        }
    }

    public Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string streamId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(Read(e => e.Item.StreamId == streamId, int.MaxValue));
        }
    }

    public Task<IReadOnlyList<RecordedEvent>> ReadAllAsync(long afterPosition, int maxCount, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(Read(e => e.Position > afterPosition, maxCount));
        }
    }

    private IReadOnlyList<RecordedEvent> Read(
        Func<((string StreamId, long Version, string Type, string Json, EventMetadata Metadata) Item, long Position), bool> filter, int maxCount) =>
        _all.Select((item, index) => (Item: item, Position: (long)index + 1))
            .Where(filter)
            .Take(maxCount)
            .Select(e => new RecordedEvent(e.Item.StreamId, e.Item.Version, e.Position, e.Item.Type, e.Item.Json,
                HistoryJson.Deserialize(e.Item.Type, e.Item.Json), e.Item.Metadata))
            .ToList();
}
