using Microsoft.Extensions.Configuration;
using Suite.ServiceDefaults.Postgres;

namespace Suite.Integration.Postgres.Tests.Infrastructure;

/// <summary>Every module's migrations, as a process with all of them registered runs them.</summary>
public static class Migrations
{
    public static IPostgresMigrationSource[] All()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Suite:Postgres:ConnectionString"] = "Host=unused" })
            .Build();
        services.AddSuitePostgres(configuration);
        Suite.ServiceDefaults.Postgres.Outbox.OutboxRegistration.AddSuitePostgresOutbox(services);
        Suite.Sagas.DeploymentSagaRegistration.AddDeploymentStores(services, postgres: true);
        return services.Where(d => d.ServiceType == typeof(IPostgresMigrationSource))
            .Select(d => (IPostgresMigrationSource)Activator.CreateInstance(d.ImplementationType!)!)
            .ToArray();
    }
}
