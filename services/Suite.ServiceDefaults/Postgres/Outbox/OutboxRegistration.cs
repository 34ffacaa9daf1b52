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

    /// <summary>Consumes <typeparamref name="TMessage"/> without the inbox and outbox (for read-only queries).</summary>
    public static IServiceCollection AddOutboxBypass<TMessage>(this IServiceCollection services)
        where TMessage : class
    {
        services.AddSingleton(new OutboxBypass(typeof(TMessage)));
        return services;
    }

    /// <summary>Every consumer and saga on the endpoint consumes through the inbox and sends through the outbox, except bypassed message types.</summary>
    public static void UseSuitePostgresOutbox(this IReceiveEndpointConfigurator endpoint, IRegistrationContext context)
    {
        var outbox = new MassTransit.Configuration.OutboxConsumePipeSpecificationObserver<PostgresOutbox>(endpoint, context)
        {
            MessageDeliveryLimit = DeliveryBatch,
        };
        var observer = new SuiteOutboxObserver(outbox, context.GetServices<OutboxBypass>().Select(b => b.MessageType).ToHashSet());
        endpoint.ConnectConsumerConfigurationObserver(observer);
        endpoint.ConnectSagaConfigurationObserver(observer);
    }
}
