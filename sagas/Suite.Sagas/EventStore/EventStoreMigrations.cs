using Suite.ServiceDefaults.Postgres;

namespace Suite.Sagas.EventStore;

/// <summary>
/// Event and metadata JSON are stored as <c>json</c>, not <c>jsonb</c>: the hash chain needs the text exactly as written.
/// Version 2 replaces the one-row position counter (held from an append until its commit, so it
/// serialised every append) with a sequence that goes on from the counter; stored events keep their
/// positions, hashes and (first) hash scheme.
/// </summary>
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
        new("history", 2, "positions from a sequence; new events' hashes cover their position", """
            LOCK TABLE {schema}.history_sequence, {schema}.history_event IN EXCLUSIVE MODE;
            CREATE SEQUENCE {schema}.history_position AS bigint;
            SELECT setval('{schema}.history_position',
                GREATEST((SELECT last_position FROM {schema}.history_sequence WHERE id = 1), (SELECT COALESCE(max(position), 0) FROM {schema}.history_event)) + 1,
                false);
            ALTER TABLE {schema}.history_event ADD COLUMN hash_scheme smallint NOT NULL DEFAULT 1;
            DROP TABLE {schema}.history_sequence;
            """),
    ];
}
