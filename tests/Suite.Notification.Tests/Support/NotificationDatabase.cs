using Npgsql;
using Suite.ServiceDefaults.Postgres;

namespace Suite.Notification.Tests.Support;

/// <summary>
/// A schema of its own in the PostgreSQL that test.sh started (<c>SUITE_TEST_POSTGRES_CONNECTION</c>),
/// with the Notification service's tables when asked, dropped afterwards.
/// </summary>
internal sealed class NotificationDatabase : IAsyncDisposable
{
    private NotificationDatabase(SuitePostgres postgres, string connectionString)
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

    /// <summary>A fresh schema; migrated with the ledger's tables unless a host will migrate it itself.</summary>
    public static async Task<NotificationDatabase> CreateAsync(bool migrate = true)
    {
        var connectionString = RequiredConnectionString();
        var postgres = new SuitePostgres(NpgsqlDataSource.Create(connectionString), "t_" + Guid.NewGuid().ToString("N")[..12]);
        if (migrate)
        {
            await PostgresMigrator.MigrateAsync(postgres.DataSource, postgres.Schema, NotificationMigrations(), CancellationToken.None);
        }

        return new NotificationDatabase(postgres, connectionString);
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
        await ScalarAsync("DROP SCHEMA IF EXISTS {schema} CASCADE");
        await Postgres.DataSource.DisposeAsync();
    }

    private static IEnumerable<PostgresMigration> NotificationMigrations()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new Microsoft.Extensions.Hosting.HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration[$"{PostgresOptions.Section}:ConnectionString"] = "Host=unused";
        builder.AddNotificationServices();
        return builder.Services.Where(d => d.ServiceType == typeof(IPostgresMigrationSource))
            .Select(d => (IPostgresMigrationSource)Activator.CreateInstance(d.ImplementationType!)!)
            .SelectMany(s => s.Migrations);
    }
}
