using Suite.Sagas.History;

namespace Suite.Sagas.EventStore;

/// <summary>An event as stored: its place in its stream and in the global order, its type name and JSON.</summary>
public sealed record RecordedEvent(
    string StreamId, long Version, long Position, string Type, string Json, IHistoryEvent Data, EventMetadata Metadata);
