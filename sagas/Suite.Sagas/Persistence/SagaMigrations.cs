using Suite.ServiceDefaults.Postgres;

namespace Suite.Sagas.Persistence;

internal sealed class SagaMigrations : IPostgresMigrationSource
{
    public IReadOnlyList<PostgresMigration> Migrations { get; } =
    [
        new("saga", 1, "deployment saga instances and application leases", """
            CREATE TABLE {schema}.saga_deployment_state (
                correlation_id uuid PRIMARY KEY,
                version int NOT NULL,
                current_state text,
                data jsonb NOT NULL,
                updated_at timestamptz NOT NULL);
            CREATE INDEX saga_deployment_state_current_state ON {schema}.saga_deployment_state (current_state);
            CREATE TABLE {schema}.deployment_lease (
                namespace text NOT NULL,
                application text NOT NULL,
                deployment_id uuid NOT NULL,
                acquired_at timestamptz NOT NULL DEFAULT now(),
                PRIMARY KEY (namespace, application));
            """),
    ];
}
