using Suite.ServiceDefaults.Postgres;

namespace Suite.Sagas.Projections;

internal sealed class ProjectionMigrations : IPostgresMigrationSource
{
    public IReadOnlyList<PostgresMigration> Migrations { get; } =
    [
        new("projections", 1, "deployment summaries and projection checkpoints", """
            CREATE TABLE {schema}.projection_checkpoint (name text PRIMARY KEY, position bigint NOT NULL);
            CREATE TABLE {schema}.deployment_summary (
                deployment_id uuid PRIMARY KEY,
                application text NOT NULL,
                environment text NOT NULL,
                state text NOT NULL,
                is_terminal boolean NOT NULL,
                started_at timestamptz NOT NULL,
                history_version bigint NOT NULL,
                summary jsonb NOT NULL);
            CREATE INDEX deployment_summary_started ON {schema}.deployment_summary (started_at DESC, deployment_id DESC);
            CREATE INDEX deployment_summary_application ON {schema}.deployment_summary (lower(application), started_at DESC);
            """),
    ];
}
