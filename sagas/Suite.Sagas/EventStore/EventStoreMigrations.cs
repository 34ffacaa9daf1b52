using Suite.ServiceDefaults.Postgres;

namespace Suite.Sagas.EventStore;

/// <summary>Event and metadata JSON are stored as <c>json</c>, not <c>jsonb</c>: the hash chain needs the text exactly as written.</summary>
internal sealed class EventStoreMigrations : IPostgresMigrationSource
{
    public IReadOnlyList<PostgresMigration> Migrations { get; } =
    [
        new("history", 1, "event streams with a global position and a hash chain", """
            CREATE TABLE {schema}.history_sequence (id int PRIMARY KEY CHECK (id = 1), last_position bigint NOT NULL);
            INSERT INTO {schema}.history_sequence (id, last_position) VALUES (1, 0);
            CREATE TABLE {schema}.history_stream (
                stream_id text PRIMARY KEY,
                version bigint NOT NULL,
                last_hash text);
            CREATE TABLE {schema}.history_event (
                position bigint PRIMARY KEY,
                stream_id text NOT NULL,
                version bigint NOT NULL,
                type text NOT NULL,
                data json NOT NULL,
                metadata json NOT NULL,
                recorded_at timestamptz NOT NULL,
                previous_hash text,
                hash text NOT NULL,
                UNIQUE (stream_id, version));
            """),
    ];
}
