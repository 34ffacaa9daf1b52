using MassTransit.Middleware;

namespace Suite.ServiceDefaults.Postgres.Outbox;

public static class OutboxRegistration
{
    /// <summary>How many outbox messages one delivery pass sends before it commits its progress.</summary>
    public const int DeliveryBatch = 100;

    /// <summary>
    /// The inbox and outbox tables, the factory MassTransit's outbox filter asks for, the sweeper
    /// that delivers left-behind outboxes and the cleanup that forgets old inbox rows.
    /// </summary>
    public static IServiceCollection AddSuitePostgresOutbox(this IServiceCollection services)
    {
        services.AddPostgresMigrations<OutboxMigrations>();
        services.AddOptions<PostgresOutboxOptions>().BindConfiguration(PostgresOutboxOptions.Section);
        services.TryAddScoped<PostgresTransactionContext>();
        services.TryAddSingleton<PostgresInbox>();
        services.TryAddScoped<IOutboxContextFactory<PostgresOutbox>, PostgresOutboxContextFactory>();
        services.TryAddSingleton<OutboxSweeper>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, OutboxSweeper>(p => p.GetRequiredService<OutboxSweeper>()));
        services.TryAddSingleton<InboxCleanup>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, InboxCleanup>(p => p.GetRequiredService<InboxCleanup>()));
        return services;
    }

    /// <summary>Every consumer and saga on the endpoint consumes through the inbox and sends through the outbox.</summary>
    public static void UseSuitePostgresOutbox(this IReceiveEndpointConfigurator endpoint, IRegistrationContext context)
    {
        var observer = new MassTransit.Configuration.OutboxConsumePipeSpecificationObserver<PostgresOutbox>(endpoint, context)
        {
            MessageDeliveryLimit = DeliveryBatch,
        };
        endpoint.ConnectConsumerConfigurationObserver(observer);
        endpoint.ConnectSagaConfigurationObserver(observer);
    }
}
