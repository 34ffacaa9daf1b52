namespace Suite.Sagas.EventStore;

/// <summary>What a stream's head row records: how many events it has and the hash of the last one.</summary>
public sealed record StreamHead(long Version, string? LastHash);
