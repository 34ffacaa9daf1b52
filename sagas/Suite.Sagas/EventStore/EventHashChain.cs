using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Suite.Sagas.EventStore;

/// <summary>
/// The tamper-evident chain: each event's hash covers its predecessor's hash, its place in the
/// stream (and, for events stored since positions were covered, its global position), its type,
/// its JSON and its metadata as stored. Editing, removing or reordering any event breaks the chain
/// from there on; removing the last events, or the whole stream, is caught by the stream's head
/// and by a witness outside the stream (the saga's count of the events it recorded).
/// Events keep the scheme they were stored with: older ones are checked as they were written,
/// never rewritten.
/// </summary>
public static class EventHashChain
{
    /// <summary>The first scheme: previous hash, stream, version, type, JSON and metadata.</summary>
    public const int FirstScheme = 1;

    /// <summary>The scheme every new event gets: the first one's fields and the event's global position.</summary>
    public const int PositionScheme = 2;

    private static readonly JsonSerializerOptions MetadataJsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>The hash of the first scheme, for events stored before positions were covered.</summary>
    public static string Hash(string? previousHash, string streamId, long version, string type, string json, string metadataJson)
    {
        var text = string.Join('\n', previousHash ?? "", streamId, Text(version), type, json, metadataJson);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The hash of <see cref="PositionScheme"/>.</summary>
    public static string Hash(string? previousHash, string streamId, long version, long position, string type, string json, string metadataJson)
    {
        var text = string.Join('\n', "v2", previousHash ?? "", streamId, Text(version), Text(position), type, json, metadataJson);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    public static string SerializeMetadata(EventMetadata metadata) => JsonSerializer.Serialize(metadata, MetadataJsonOptions);

    public static EventMetadata DeserializeMetadata(string json) =>
        JsonSerializer.Deserialize<EventMetadata>(json, MetadataJsonOptions) ?? throw new InvalidOperationException("event metadata is null");

    /// <summary>
    /// Checks a whole stream: versions 1..n in order, each linked to its predecessor, each matching
    /// its hash, no event on an older scheme than the one before it; then that nothing is missing at
    /// the end: the stream's <paramref name="head"/> (null when its row is gone) must not know of more
    /// events than there are, and its last hash must be the last event's.
    /// </summary>
    public static HistoryVerification Verify(string streamId, IReadOnlyList<StoredEvent> events, StreamHead? head)
    {
        string? previous = null;
        var scheme = FirstScheme;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var expectedVersion = i + 1L;
            if (e.Version != expectedVersion)
            {
                return HistoryVerification.Broken(streamId, i, expectedVersion, $"event {expectedVersion} is missing (found {e.Version} in its place)");
            }

            if (e.PreviousHash != previous)
            {
                return HistoryVerification.Broken(streamId, i, e.Version,
                    $"event {e.Version} does not link to event {e.Version - 1}: an event before it was changed, removed or inserted");
            }

            if (e.Scheme < scheme || e.Scheme is not (FirstScheme or PositionScheme))
            {
                return HistoryVerification.Broken(streamId, i, e.Version,
                    $"event {e.Version} claims hash scheme {e.Scheme} after an event of scheme {scheme}: it was re-hashed after it was recorded");
            }

            var expected = e.Scheme == FirstScheme
                ? Hash(previous, streamId, e.Version, e.Type, e.Json, e.MetadataJson)
                : Hash(previous, streamId, e.Version, e.Position, e.Type, e.Json, e.MetadataJson);
            if (expected != e.Hash)
            {
                return HistoryVerification.Broken(streamId, i, e.Version, $"event {e.Version} ({e.Type}) does not match its hash: it was edited after it was recorded");
            }

            previous = e.Hash;
            scheme = e.Scheme;
        }

        return AgainstHead(streamId, events.Count, previous, head);
    }

    private static HistoryVerification AgainstHead(string streamId, int count, string? lastHash, StreamHead? head)
    {
        if (head is not null && head.Version > count)
        {
            return count == 0
                ? HistoryVerification.Broken(streamId, 0, 1, $"every event is gone: the stream's head records {Text(head.Version)}")
                : HistoryVerification.Missing(streamId, count, head.Version, "the stream's head");
        }

        if (count > 0 && head is null)
        {
            return HistoryVerification.Broken(streamId, count, count, "the stream's head is gone: its last event cannot be confirmed");
        }

        if (head is not null && head.Version < count)
        {
            return HistoryVerification.Broken(streamId, (int)head.Version, head.Version + 1,
                $"event {Text(head.Version + 1)} is not in the stream's head, which records {Text(head.Version)} events: it was added behind the store's back");
        }

        if (head is not null && count > 0 && head.LastHash != lastHash)
        {
            return HistoryVerification.Broken(streamId, count - 1, count,
                $"event {Text(count)} is not the last event the stream's head recorded: the history was re-hashed from an edited event on");
        }

        return HistoryVerification.Intact(streamId, count);
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
