namespace Suite.Sagas.EventStore;

/// <summary>An event's stored text, as the hash chain sees it (without reading it as an event).</summary>
public sealed record StoredEvent(long Version, string Type, string Json, string MetadataJson, string? PreviousHash, string Hash)
{
    /// <summary>The event's global position (covered by the hash from <see cref="EventHashChain.PositionScheme"/> on).</summary>
    public long Position { get; init; }

    /// <summary>Which hash the event was stored with: <see cref="EventHashChain.FirstScheme"/> (events written before positions were covered) or later.</summary>
    public int Scheme { get; init; } = EventHashChain.FirstScheme;
}
