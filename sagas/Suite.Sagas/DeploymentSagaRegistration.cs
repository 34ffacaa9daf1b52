using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Suite.Sagas.Deployments;
using Suite.Sagas.EventStore;
using Suite.Sagas.History;
using Suite.Sagas.Leases;
using Suite.Sagas.Persistence;
using Suite.Sagas.Projections;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Postgres;
using Suite.ServiceDefaults.Postgres.Outbox;

namespace Suite.Sagas;

public static class DeploymentSagaRegistration
{
    /// <summary>
    /// The saga's stores: PostgreSQL when <c>Suite:Postgres:ConnectionString</c> is set (each store
    /// then joins the consume transaction it runs in), in memory otherwise.
    /// </summary>
    public static IServiceCollection AddDeploymentStores(this IServiceCollection services, bool postgres = false)
    {
        services.TryAddSingleton(TimeProvider.System);
        if (postgres)
        {
            services.AddPostgresMigrations<EventStoreMigrations>();
            services.AddPostgresMigrations<SagaMigrations>();
            services.AddPostgresMigrations<ProjectionMigrations>();
            services.TryAddScoped<PostgresTransactionContext>();
            services.TryAddScoped<IEventStore>(p => new PostgresEventStore(p.GetRequiredService<SuitePostgres>(), p.GetService<PostgresTransactionContext>()));
            services.TryAddScoped<IDeploymentLeases>(p =>
                new PostgresDeploymentLeases(p.GetRequiredService<SuitePostgres>(), p.GetService<PostgresTransactionContext>()));
            services.TryAddSingleton<IDeploymentSummaryStore, PostgresDeploymentSummaryStore>();

            // Read-only queries: no inbox row, no outbox row and no transaction held for them.
            services.AddOutboxBypass<GetDeploymentState>();
            services.AddOutboxBypass<GetDeploymentHistory>();
            services.AddOutboxBypass<ListDeployments>();
            services.AddOutboxBypass<VerifyDeploymentHistory>();
        }

        services.TryAddSingleton<IEventStore, InMemoryEventStore>();
        services.TryAddSingleton<IDeploymentLeases, InMemoryDeploymentLeases>();
        services.TryAddSingleton<IDeploymentSummaryStore, InMemoryDeploymentSummaryStore>();
        services.TryAddSingleton<DeploymentSummaryProjector>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, DeploymentSummaryProjector>(p => p.GetRequiredService<DeploymentSummaryProjector>()));
        services.AddOptions<DeploymentTimings>();
        return services;
    }

    /// <summary>The deployment saga on its queue (kept in PostgreSQL when <paramref name="postgres"/>), and the history queries beside it.</summary>
    public static IBusRegistrationConfigurator AddDeploymentSaga(this IBusRegistrationConfigurator bus, bool postgres = false)
    {
        var saga = bus.AddSagaStateMachine<DeploymentStateMachine, DeploymentState, DeploymentStateDefinition>();
        bus.AddSingleton(new OwnRetryPolicy(ServiceQueues.Orchestrator));
        if (postgres)
        {
            saga.PostgresRepository();
        }
        else
        {
            saga.InMemoryRepository();
        }

        bus.AddConsumer<GetDeploymentHistoryConsumer>().Endpoint(e => e.Name = ServiceQueues.History);
        bus.AddConsumer<ListDeploymentsConsumer>().Endpoint(e => e.Name = ServiceQueues.History);
        bus.AddConsumer<VerifyDeploymentHistoryConsumer>().Endpoint(e => e.Name = ServiceQueues.History);
        return bus;
    }
}
