namespace Suite.Sagas.EventStore;

/// <summary>Who caused an append and why: the deployment (correlation), the message that caused it, the actor.</summary>
public sealed record EventMetadata(Guid CorrelationId, Guid? CausationId, string? Actor, DateTimeOffset RecordedAt);
