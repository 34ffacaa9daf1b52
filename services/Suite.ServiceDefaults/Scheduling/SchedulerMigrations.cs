using Suite.ServiceDefaults.Postgres;

namespace Suite.ServiceDefaults;

internal sealed class SchedulerMigrations : IPostgresMigrationSource
{
    public IReadOnlyList<PostgresMigration> Migrations { get; } =
    [
        new("scheduler", 1, "scheduled messages and remembered cancels", """
            CREATE TABLE {schema}.scheduled_message (
                token_id uuid PRIMARY KEY,
                due_at timestamptz NOT NULL,
                revision bigint NOT NULL,
                claimed_until timestamptz,
                record jsonb NOT NULL);
            CREATE INDEX scheduled_message_due_at ON {schema}.scheduled_message (due_at);
            CREATE TABLE {schema}.scheduled_cancel (
                token_id uuid PRIMARY KEY,
                until timestamptz NOT NULL);
            """),
        new("scheduler", 2, "who claimed a message; remembered cancels by expiry", """
            ALTER TABLE {schema}.scheduled_message ADD COLUMN claimed_by uuid;
            CREATE INDEX scheduled_cancel_until ON {schema}.scheduled_cancel (until);
            """),
    ];
}
