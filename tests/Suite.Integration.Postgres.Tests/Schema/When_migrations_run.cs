using Npgsql;
using Suite.Sagas.EventStore;
using Suite.Sagas.History;
using Suite.ServiceDefaults.Postgres;

namespace Suite.Integration.Postgres.Tests.Schema;

public sealed class When_migrations_run
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Should_apply_each_migration_once_when_run_twice()
    {
        await using var database = await TestDatabase.CreateAsync(Infrastructure.Migrations.All());

        var again = await PostgresMigrator.MigrateAsync(database.Postgres.DataSource, database.Schema, AllMigrations(), default);

        Assert.Empty(again);
        Assert.Equal((long)AllMigrations().Count(), await database.ScalarAsync("SELECT count(*) FROM {schema}.schema_migrations"));
    }

    [Fact]
    public async Task Should_apply_each_migration_once_when_processes_start_together()
    {
        var schema = "t_" + Guid.NewGuid().ToString("N")[..12];
        await using var dataSource = NpgsqlDataSource.Create(TestDatabase.RequiredConnectionString());
        try
        {
            var runs = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
                Task.Run(() => PostgresMigrator.MigrateAsync(dataSource, schema, AllMigrations(), default))));

            Assert.Equal(AllMigrations().Count(), runs.Sum(applied => applied.Count));
            await using var count = dataSource.CreateCommand($"SELECT count(*) FROM {schema}.schema_migrations");
            Assert.Equal((long)AllMigrations().Count(), await count.ExecuteScalarAsync());
        }
        finally
        {
            await using var drop = dataSource.CreateCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE");
            await drop.ExecuteNonQueryAsync();
        }
    }

    [Fact]
    public async Task Should_work_in_a_schema_named_by_a_reserved_word()
    {
        await using var dataSource = NpgsqlDataSource.Create(TestDatabase.RequiredConnectionString());
        var postgres = new SuitePostgres(dataSource, "order");
        await Drop(dataSource, "\"order\"");
        try
        {
            await PostgresMigrator.MigrateAsync(dataSource, "order", AllMigrations(), default);
            var store = new PostgresEventStore(postgres);
            var id = Guid.NewGuid();
            await store.AppendAsync(HistoryJson.StreamId(id), 0, [new Paused(At)], new EventMetadata(id, null, "tester", At), default);

            Assert.Single(await store.ReadAllAsync(0, 10, default));
            Assert.True((await store.VerifyStreamAsync(HistoryJson.StreamId(id), default)).IsIntact);
        }
        finally
        {
            await Drop(dataSource, "\"order\"");
        }
    }

    [Fact]
    public async Task Should_run_in_an_existing_schema_as_a_role_that_may_not_create_schemas()
    {
        var role = "r_" + Guid.NewGuid().ToString("N")[..12];
        var schema = "t_" + Guid.NewGuid().ToString("N")[..12];
        await using var admin = NpgsqlDataSource.Create(TestDatabase.RequiredConnectionString());
        await Execute(admin, $"CREATE ROLE {role} LOGIN; CREATE SCHEMA {schema} AUTHORIZATION {role}");
        var limited = new NpgsqlConnectionStringBuilder(TestDatabase.RequiredConnectionString()) { Username = role }.ConnectionString;
        try
        {
            await using var dataSource = NpgsqlDataSource.Create(limited);
            await using (var may = dataSource.CreateCommand("SELECT has_database_privilege(current_database(), 'CREATE')"))
            {
                Assert.False((bool)(await may.ExecuteScalarAsync())!);
            }

            var applied = await PostgresMigrator.MigrateAsync(dataSource, schema, AllMigrations(), default);

            Assert.Equal(AllMigrations().Count(), applied.Count);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await Execute(admin, $"DROP SCHEMA IF EXISTS {schema} CASCADE; DROP ROLE IF EXISTS {role}");
        }
    }

    [Fact]
    public async Task Should_keep_the_positions_and_hashes_of_events_stored_before_positions_came_from_a_sequence()
    {
        var firstHistory = AllMigrations().Where(m => m.Module != "history" || m.Version == 1);
        var schema = "t_" + Guid.NewGuid().ToString("N")[..12];
        await using var dataSource = NpgsqlDataSource.Create(TestDatabase.RequiredConnectionString());
        try
        {
            await PostgresMigrator.MigrateAsync(dataSource, schema, firstHistory, default);
            var old = Guid.NewGuid();
            await WriteAsTheFirstVersionDid(dataSource, schema, HistoryJson.StreamId(old), old);

            var applied = await PostgresMigrator.MigrateAsync(dataSource, schema, AllMigrations(), default);
            var store = new PostgresEventStore(new SuitePostgres(dataSource, schema));
            await store.AppendAsync(HistoryJson.StreamId(old), 2, [new Succeeded(At)], new EventMetadata(old, null, "tester", At), default);
            var all = await store.ReadAllAsync(0, 10, default);

            Assert.Contains(applied, m => m is { Module: "history", Version: 2 });
            Assert.Equal([1L, 2L, 3L], all.Select(e => e.Position));
            Assert.Equal(["Paused", "Resumed", "Succeeded"], all.Select(e => e.Type));
            var verification = (await store.VerifyStreamAsync(HistoryJson.StreamId(old), default)).AgainstWitness(3);
            Assert.True(verification.IsIntact, verification.Problem);
        }
        finally
        {
            await Drop(dataSource, schema);
        }
    }

    // Two events appended the way version 1 of the store did: positions from the one-row counter, hashes without positions.
    private static async Task WriteAsTheFirstVersionDid(NpgsqlDataSource dataSource, string schema, string stream, Guid id)
    {
        var metadata = EventHashChain.SerializeMetadata(new EventMetadata(id, null, "tester", At));
        string? previous = null;
        var version = 0L;
        foreach (IHistoryEvent e in new IHistoryEvent[] { new Paused(At), new Resumed("bob", null, At) })
        {
            version++;
            var (type, json) = (HistoryEventTypes.NameOf(e), HistoryJson.Serialize(e));
            var hash = EventHashChain.Hash(previous, stream, version, type, json, metadata);
            await using var insert = dataSource.CreateCommand($"""
                UPDATE {schema}.history_sequence SET last_position = last_position + 1 WHERE id = 1;
                INSERT INTO {schema}.history_event (position, stream_id, version, type, data, metadata, recorded_at, previous_hash, hash)
                VALUES ((SELECT last_position FROM {schema}.history_sequence), @stream, @version, @type, @data::json, @metadata::json, @at, @previous, @hash);
                INSERT INTO {schema}.history_stream (stream_id, version, last_hash) VALUES (@stream, @version, @hash)
                    ON CONFLICT (stream_id) DO UPDATE SET version = excluded.version, last_hash = excluded.last_hash;
                """);
            insert.Parameters.AddWithValue("stream", stream);
            insert.Parameters.AddWithValue("version", version);
            insert.Parameters.AddWithValue("type", type);
            insert.Parameters.AddWithValue("data", json);
            insert.Parameters.AddWithValue("metadata", metadata);
            insert.Parameters.AddWithValue("at", At);
            insert.Parameters.AddWithValue("previous", (object?)previous ?? DBNull.Value);
            insert.Parameters.AddWithValue("hash", hash);
            await insert.ExecuteNonQueryAsync();
            previous = hash;
        }
    }

    private static IEnumerable<PostgresMigration> AllMigrations() => Infrastructure.Migrations.All().SelectMany(s => s.Migrations);

    private static Task Drop(NpgsqlDataSource dataSource, string schema) => Execute(dataSource, $"DROP SCHEMA IF EXISTS {schema} CASCADE");

    private static async Task Execute(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
