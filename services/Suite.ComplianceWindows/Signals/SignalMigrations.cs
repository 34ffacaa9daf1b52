using Suite.ServiceDefaults.Postgres;

namespace Suite.ComplianceWindows.Signals;

public sealed class SignalMigrations : IPostgresMigrationSource
{
    public IReadOnlyList<PostgresMigration> Migrations { get; } =
    [
        new("compliance-signals", 1, "the latest report of each condition", """
            CREATE TABLE {schema}.compliance_signal (
                name_key text PRIMARY KEY,
                name text NOT NULL,
                value double precision NOT NULL,
                reported_at timestamptz NOT NULL,
                source text);
            """),
    ];
}
