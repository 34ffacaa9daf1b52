namespace Suite.ServiceDefaults.Postgres.Outbox;

/// <summary>
/// A message type consumed without the inbox and outbox: a read-only query, whose answer is
/// cheap to give twice and needs no row in the inbox or the outbox. Registered in DI with
/// <see cref="OutboxRegistration.AddOutboxBypass{TMessage}"/>.
/// </summary>
public sealed record OutboxBypass(Type MessageType);
