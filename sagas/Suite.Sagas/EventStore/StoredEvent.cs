namespace Suite.Sagas.EventStore;

/// <summary>An event's stored text, as the hash chain sees it (without reading it as an event).</summary>
public sealed record StoredEvent(long Version, string Type, string Json, string MetadataJson, string? PreviousHash, string Hash);
