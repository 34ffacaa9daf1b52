using Suite.Sagas.History;

namespace Suite.Sagas.EventStore;

/// <summary>
/// The embedded default. Events go through JSON and the hash chain as they would to PostgreSQL,
/// so what reads back is what a durable store would give.
/// </summary>
public sealed class InMemoryEventStore : IEventStore
{
    private readonly Lock _gate = new();
    private readonly List<Entry> _all = [];
    private readonly Dictionary<string, (long Version, string? Hash)> _heads = [];

    public Task<long> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<IHistoryEvent> events, EventMetadata metadata,
        CancellationToken cancellationToken)
    {
        var metadataJson = EventHashChain.SerializeMetadata(metadata);
        var serialized = events.Select(e => (Type: HistoryEventTypes.NameOf(e), Json: HistoryJson.Serialize(e))).ToList();
        lock (_gate)
        {
            var (actual, hash) = _heads.GetValueOrDefault(streamId);
            if (actual != expectedVersion)
            {
                throw new EventStreamConcurrencyException(streamId, expectedVersion, actual);
            }

            foreach (var (type, json) in serialized)
            {
                actual++;
                var next = EventHashChain.Hash(hash, streamId, actual, type, json, metadataJson);
                _all.Add(new Entry(streamId, new StoredEvent(actual, type, json, metadataJson, hash, next)));
                hash = next;
            }

            _heads[streamId] = (actual, hash);
            return Task.FromResult(actual);
        }
    }

    public Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string streamId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(Read(e => e.Entry.StreamId == streamId, int.MaxValue));
        }
    }

    public Task<IReadOnlyList<RecordedEvent>> ReadAllAsync(long afterPosition, int maxCount, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(Read(e => e.Position > afterPosition, maxCount));
        }
    }

    public Task<HistoryVerification> VerifyStreamAsync(string streamId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var stored = _all.Where(e => e.StreamId == streamId).Select(e => e.Event).ToList();
            return Task.FromResult(EventHashChain.Verify(streamId, stored));
        }
    }

    /// <summary>Rewrites a stored event's JSON behind the store's back, as an edit in the database would: for tamper tests.</summary>
    internal void OverwriteForTest(string streamId, long version, string json)
    {
        lock (_gate)
        {
            var index = _all.FindIndex(e => e.StreamId == streamId && e.Event.Version == version);
            _all[index] = _all[index] with { Event = _all[index].Event with { Json = json } };
        }
    }

    private IReadOnlyList<RecordedEvent> Read(Func<(Entry Entry, long Position), bool> filter, int maxCount) =>
        _all.Select((entry, index) => (Entry: entry, Position: (long)index + 1))
            .Where(filter)
            .Take(maxCount)
            .Select(e => ToRecorded(e.Entry, e.Position))
            .ToList();

    private static RecordedEvent ToRecorded(Entry entry, long position)
    {
        var e = entry.Event;
        return new RecordedEvent(entry.StreamId, e.Version, position, e.Type, e.Json, HistoryJson.Deserialize(e.Type, e.Json),
            EventHashChain.DeserializeMetadata(e.MetadataJson))
        {
            MetadataJson = e.MetadataJson,
            PreviousHash = e.PreviousHash,
            Hash = e.Hash,
        };
    }

    private sealed record Entry(string StreamId, StoredEvent Event);
}
