namespace Suite.Sagas.EventStore;

/// <summary>
/// Who caused an append and why: the deployment (correlation), the message that caused it
/// (causation), the actor, the reason they gave, and when it was recorded.
/// </summary>
public sealed record EventMetadata(Guid CorrelationId, Guid? CausationId, string? Actor, DateTimeOffset RecordedAt)
{
    public string? Reason { get; init; }
}
