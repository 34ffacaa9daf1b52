using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Suite.Sagas;
using Suite.ServiceDefaults.Postgres;

namespace Suite.Benchmarks.EventStore;

/// <summary>
/// A schema of its own for one benchmark run, migrated the way a Suite process migrates it at
/// start-up (the same registrations and migrator), and dropped afterwards.
/// </summary>
public sealed class StoreSchema : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private StoreSchema(ServiceProvider services)
    {
        _services = services;
        Postgres = services.GetRequiredService<SuitePostgres>();
    }

    public SuitePostgres Postgres { get; }

    public static async Task<StoreSchema> Create(string connection, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{PostgresOptions.Section}:ConnectionString"] = connection,
            [$"{PostgresOptions.Section}:Schema"] = SchemaNames.New("bench_store"),
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSuitePostgres(configuration);
        services.AddDeploymentStores(postgres: true);
        var schema = new StoreSchema(services.BuildServiceProvider());
        var migrations = schema._services.GetServices<IPostgresMigrationSource>().SelectMany(s => s.Migrations);
        await PostgresMigrator.MigrateAsync(schema.Postgres.DataSource, schema.Postgres.Schema, migrations, cancellationToken);
        return schema;
    }

    public async ValueTask DisposeAsync()
    {
        await SchemaNames.Drop(Postgres.DataSource, Postgres.Schema);
        await Postgres.DataSource.DisposeAsync();
        await _services.DisposeAsync();
    }
}
