using Npgsql;
using Suite.ServiceDefaults.Postgres;

namespace Suite.Testing;

/// <summary>
/// A schema of its own in the PostgreSQL that test.sh started (SUITE_TEST_POSTGRES_CONNECTION),
/// migrated with the given modules and dropped afterwards.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(SuitePostgres postgres, string connectionString)
    {
        Postgres = postgres;
        ConnectionString = connectionString;
    }

    public SuitePostgres Postgres { get; }
    public string ConnectionString { get; }
    public string Schema => Postgres.Schema;

    public static string RequiredConnectionString() =>
        Environment.GetEnvironmentVariable("SUITE_TEST_POSTGRES_CONNECTION") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                "SUITE_TEST_POSTGRES_CONNECTION is not set: run the PostgreSQL tests through ./test.sh, or start one with scripts/postgres.sh and export it");

    public static async Task<TestDatabase> CreateAsync(params IPostgresMigrationSource[] sources)
    {
        var connectionString = RequiredConnectionString();
        var schema = "t_" + Guid.NewGuid().ToString("N")[..12];
        var postgres = new SuitePostgres(NpgsqlDataSource.Create(connectionString), schema);
        await PostgresMigrator.MigrateAsync(postgres.DataSource, schema, sources.SelectMany(s => s.Migrations), CancellationToken.None);
        return new TestDatabase(postgres, connectionString);
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var command = Postgres.DataSource.CreateCommand(sql.Replace("{schema}", Schema, StringComparison.Ordinal));
        await command.ExecuteNonQueryAsync();
    }

    public async Task<object?> ScalarAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = Postgres.DataSource.CreateCommand(sql.Replace("{schema}", Schema, StringComparison.Ordinal));
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await command.ExecuteScalarAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await ExecuteAsync("DROP SCHEMA IF EXISTS {schema} CASCADE");
        await Postgres.DataSource.DisposeAsync();
    }
}
