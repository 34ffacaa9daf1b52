using Suite.Sagas.History;

namespace Suite.Sagas.EventStore;

/// <summary>
/// The embedded default. Events go through JSON and the hash chain as they would to PostgreSQL,
/// so what reads back is what a durable store would give. Positions are dense here: appends are
/// serialised by a lock, so none can commit out of order.
/// </summary>
public sealed class InMemoryEventStore : IEventStore
{
    private readonly Lock _gate = new();
    private readonly List<Entry> _all = [];
    private readonly Dictionary<string, StreamHead> _heads = [];
    private long _lastPosition;

    public Task<long> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<IHistoryEvent> events, EventMetadata metadata,
        CancellationToken cancellationToken)
    {
        var metadataJson = EventHashChain.SerializeMetadata(metadata);
        var serialized = events.Select(e => (Type: HistoryEventTypes.NameOf(e), Json: HistoryJson.Serialize(e))).ToList();
        lock (_gate)
        {
            var head = _heads.GetValueOrDefault(streamId) ?? new StreamHead(0, null);
            if (head.Version != expectedVersion)
            {
                throw new EventStreamConcurrencyException(streamId, expectedVersion, head.Version);
            }

            var (version, hash) = (head.Version, head.LastHash);
            foreach (var (type, json) in serialized)
            {
                version++;
                var position = ++_lastPosition;
                var next = EventHashChain.Hash(hash, streamId, version, position, type, json, metadataJson);
                _all.Add(new Entry(streamId, new StoredEvent(version, type, json, metadataJson, hash, next)
                {
                    Position = position,
                    Scheme = EventHashChain.PositionScheme,
                }));
                hash = next;
            }

            _heads[streamId] = new StreamHead(version, hash);
            return Task.FromResult(version);
        }
    }

    public Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string streamId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(Read(e => e.StreamId == streamId, int.MaxValue));
        }
    }

    public Task<IReadOnlyList<RecordedEvent>> ReadAllAsync(long afterPosition, int maxCount, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(Read(e => e.Event.Position > afterPosition, maxCount));
        }
    }

    public Task<HistoryVerification> VerifyStreamAsync(string streamId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var stored = _all.Where(e => e.StreamId == streamId).Select(e => e.Event).OrderBy(e => e.Version).ToList();
            return Task.FromResult(EventHashChain.Verify(streamId, stored, _heads.GetValueOrDefault(streamId)));
        }
    }

    /// <summary>Rewrites a stored event's JSON behind the store's back, as an edit in the database would: for tamper tests.</summary>
    internal void OverwriteForTest(string streamId, long version, string json)
    {
        lock (_gate)
        {
            var index = IndexOf(streamId, version);
            _all[index] = _all[index] with { Event = _all[index].Event with { Json = json } };
        }
    }

    /// <summary>Removes a stored event behind the store's back (its head stays as it was): for tamper tests.</summary>
    internal void DeleteForTest(string streamId, long version)
    {
        lock (_gate)
        {
            _all.RemoveAt(IndexOf(streamId, version));
        }
    }

    /// <summary>Removes a whole stream and its head behind the store's back: for tamper tests.</summary>
    internal void DeleteStreamForTest(string streamId)
    {
        lock (_gate)
        {
            _all.RemoveAll(e => e.StreamId == streamId);
            _heads.Remove(streamId);
        }
    }

    /// <summary>
    /// Edits an event and recomputes the hashes from it to the end, as someone who knows the scheme
    /// could, leaving the stream's head as it was: for tamper tests.
    /// </summary>
    internal void RehashForTest(string streamId, long version, string json)
    {
        lock (_gate)
        {
            OverwriteForTest(streamId, version, json);
            string? previous = version == 1 ? null : _all[IndexOf(streamId, version - 1)].Event.Hash;
            foreach (var index in _all.Select((e, i) => (e, i)).Where(x => x.e.StreamId == streamId && x.e.Event.Version >= version).Select(x => x.i).ToList())
            {
                var e = _all[index].Event;
                var hash = EventHashChain.Hash(previous, streamId, e.Version, e.Position, e.Type, e.Json, e.MetadataJson);
                _all[index] = _all[index] with { Event = e with { PreviousHash = previous, Hash = hash } };
                previous = hash;
            }
        }
    }

    private int IndexOf(string streamId, long version) => _all.FindIndex(e => e.StreamId == streamId && e.Event.Version == version);

    private IReadOnlyList<RecordedEvent> Read(Func<Entry, bool> filter, int maxCount) =>
        _all.Where(filter)
            .Take(maxCount)
            .Select(ToRecorded)
            .ToList();

    private static RecordedEvent ToRecorded(Entry entry)
    {
        var e = entry.Event;
        return new RecordedEvent(entry.StreamId, e.Version, e.Position, e.Type, e.Json, HistoryJson.Deserialize(e.Type, e.Json),
            EventHashChain.DeserializeMetadata(e.MetadataJson))
        {
            MetadataJson = e.MetadataJson,
            PreviousHash = e.PreviousHash,
            Hash = e.Hash,
        };
    }

    private sealed record Entry(string StreamId, StoredEvent Event);
}
