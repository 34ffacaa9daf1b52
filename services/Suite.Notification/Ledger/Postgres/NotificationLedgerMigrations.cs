using Suite.ServiceDefaults.Postgres;

namespace Suite.Notification.Ledger.Postgres;

/// <summary>
/// The PostgreSQL ledger's tables: one row per delivery (its claim, then its outcome), one per (deployment,
/// PagerDuty channel), and one per retry (which deployment it runs again).
/// </summary>
internal sealed class NotificationLedgerMigrations : IPostgresMigrationSource
{
    public IReadOnlyList<PostgresMigration> Migrations { get; } =
    [
        new("notification", 1, "notification deliveries, incidents and retries", """
            CREATE TABLE {schema}.notification_delivery (
                deployment_id uuid NOT NULL,
                event_kind text NOT NULL,
                occurred_at timestamptz NOT NULL,
                channel text NOT NULL,
                claim_id uuid,
                claimed_at timestamptz,
                claimed_until timestamptz,
                outcome text,
                ended_at timestamptz,
                PRIMARY KEY (deployment_id, event_kind, occurred_at, channel));
            CREATE INDEX notification_delivery_ended_at ON {schema}.notification_delivery (ended_at);
            CREATE TABLE {schema}.notification_incident (
                deployment_id uuid NOT NULL,
                channel text NOT NULL,
                is_open boolean NOT NULL DEFAULT false,
                ended_at timestamptz,
                updated_at timestamptz NOT NULL,
                PRIMARY KEY (deployment_id, channel));
            CREATE INDEX notification_incident_updated_at ON {schema}.notification_incident (updated_at);
            CREATE TABLE {schema}.notification_retry (
                deployment_id uuid PRIMARY KEY,
                retry_of uuid NOT NULL,
                recorded_at timestamptz NOT NULL);
            CREATE INDEX notification_retry_recorded_at ON {schema}.notification_retry (recorded_at);
            """),
    ];
}
