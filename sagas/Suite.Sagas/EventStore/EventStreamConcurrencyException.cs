namespace Suite.Sagas.EventStore;

/// <summary>An append expected a stream version that someone else had already moved past.</summary>
public sealed class EventStreamConcurrencyException(string streamId, long expectedVersion, long actualVersion)
    : Exception($"stream '{streamId}' is at version {actualVersion}, but the append expected version {expectedVersion}")
{
    public string StreamId { get; } = streamId;
    public long ExpectedVersion { get; } = expectedVersion;
    public long ActualVersion { get; } = actualVersion;
}
