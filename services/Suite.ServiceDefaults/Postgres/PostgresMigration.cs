namespace Suite.ServiceDefaults.Postgres;

/// <summary>
/// One step of a module's schema. <see cref="Sql"/> may name the schema as <c>{schema}</c>.
/// Versions are applied in order, once each, and never edited after they shipped: a change is a new version.
/// </summary>
public sealed record PostgresMigration(string Module, int Version, string Name, string Sql);

/// <summary>A module's migrations (the event store, the saga, the outbox, the scheduler …), registered in DI.</summary>
public interface IPostgresMigrationSource
{
    IReadOnlyList<PostgresMigration> Migrations { get; }
}
