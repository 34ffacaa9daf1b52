namespace Suite.ServiceDefaults.Postgres.Outbox;

internal sealed class OutboxMigrations : IPostgresMigrationSource
{
    public IReadOnlyList<PostgresMigration> Migrations { get; } =
    [
        new("outbox", 1, "inbox state and outbox messages", """
            CREATE TABLE {schema}.inbox_state (
                message_id uuid NOT NULL,
                consumer_id uuid NOT NULL,
                received_at timestamptz NOT NULL DEFAULT now(),
                receive_count int NOT NULL DEFAULT 0,
                consumed_at timestamptz,
                delivered_at timestamptz,
                last_sequence_number bigint,
                PRIMARY KEY (message_id, consumer_id));
            CREATE INDEX inbox_state_delivered_at ON {schema}.inbox_state (delivered_at);
            CREATE TABLE {schema}.outbox_message (
                sequence_number bigserial PRIMARY KEY,
                inbox_message_id uuid NOT NULL,
                inbox_consumer_id uuid NOT NULL,
                message_id uuid NOT NULL,
                content_type text NOT NULL,
                message_type text NOT NULL,
                body text NOT NULL,
                headers text,
                properties text,
                conversation_id uuid,
                correlation_id uuid,
                initiator_id uuid,
                request_id uuid,
                source_address text,
                destination_address text,
                response_address text,
                fault_address text,
                sent_time timestamptz NOT NULL,
                enqueue_time timestamptz,
                expiration_time timestamptz);
            CREATE INDEX outbox_message_inbox ON {schema}.outbox_message (inbox_message_id, inbox_consumer_id, sequence_number);
            """),
        new("outbox", 2, "inbox leases, the sweeper's and the cleanup's indexes", """
            ALTER TABLE {schema}.inbox_state ADD COLUMN processing_by uuid, ADD COLUMN processing_until timestamptz;
            CREATE INDEX inbox_state_undelivered ON {schema}.inbox_state (consumed_at) WHERE delivered_at IS NULL;
            CREATE INDEX inbox_state_received_at ON {schema}.inbox_state (received_at);
            DROP INDEX {schema}.inbox_state_delivered_at;
            """),
    ];
}
