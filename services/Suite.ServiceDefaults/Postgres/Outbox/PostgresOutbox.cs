namespace Suite.ServiceDefaults.Postgres.Outbox;

/// <summary>
/// Names MassTransit's transactional outbox machinery's context type for Suite's PostgreSQL
/// inbox and outbox (MassTransit.EntityFrameworkCore would provide a DbContext here; it cannot be installed).
/// </summary>
public sealed class PostgresOutbox;
