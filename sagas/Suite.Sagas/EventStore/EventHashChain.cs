using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Suite.Sagas.EventStore;

/// <summary>
/// The tamper-evident chain: each event's hash covers its predecessor's hash, its place in the
/// stream, its type, its JSON and its metadata as stored. Editing, removing or reordering any
/// event breaks the chain from there on.
/// </summary>
public static class EventHashChain
{
    private static readonly JsonSerializerOptions MetadataJsonOptions = new(JsonSerializerDefaults.Web);

    public static string Hash(string? previousHash, string streamId, long version, string type, string json, string metadataJson)
    {
        var text = string.Join('\n', previousHash ?? "", streamId, version.ToString(CultureInfo.InvariantCulture), type, json, metadataJson);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    public static string SerializeMetadata(EventMetadata metadata) => JsonSerializer.Serialize(metadata, MetadataJsonOptions);

    public static EventMetadata DeserializeMetadata(string json) =>
        JsonSerializer.Deserialize<EventMetadata>(json, MetadataJsonOptions) ?? throw new InvalidOperationException("event metadata is null");

    /// <summary>Checks a whole stream: versions 1..n in order, each linked to its predecessor, each matching its hash.</summary>
    public static HistoryVerification Verify(string streamId, IReadOnlyList<StoredEvent> events)
    {
        string? previous = null;
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

            if (Hash(previous, streamId, e.Version, e.Type, e.Json, e.MetadataJson) != e.Hash)
            {
                return HistoryVerification.Broken(streamId, i, e.Version, $"event {e.Version} ({e.Type}) does not match its hash: it was edited after it was recorded");
            }

            previous = e.Hash;
        }

        return HistoryVerification.Intact(streamId, events.Count);
    }
}
