using Suite.Sagas.History;

namespace Suite.Sagas.EventStore;

/// <summary>An event as stored: its place in its stream and in the global order, its type name and JSON.</summary>
public sealed record RecordedEvent(
    string StreamId, long Version, long Position, string Type, string Json, IHistoryEvent Data, EventMetadata Metadata)
{
    /// <summary>The metadata exactly as stored (the hash covers this text).</summary>
    public string MetadataJson { get; init; } = "";

    /// <summary>The hash of the stream's previous event; null for the first.</summary>
    public string? PreviousHash { get; init; }

    /// <summary>SHA-256 over the previous hash and this event (see <see cref="EventHashChain"/>).</summary>
    public string Hash { get; init; } = "";
}
