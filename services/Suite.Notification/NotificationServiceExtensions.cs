using Microsoft.Extensions.DependencyInjection.Extensions;
using Suite.Notification.Channels;
using Suite.Notification.Composing;
using Suite.Notification.Delivery;
using Suite.Notification.Ledger;
using Suite.Notification.Ledger.Postgres;
using Suite.Notification.Routing;
using Suite.Notification.Secrets;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Postgres;

namespace Suite.Notification;

public static class NotificationServiceExtensions
{
    /// <summary>
    /// The Notification service: options from <c>Suite:Notification</c> (refused at start-up when invalid or
    /// holding a key it does not know), channels and routes (built at start-up), delivery, and the ledger: in
    /// PostgreSQL when <c>Suite:Postgres:ConnectionString</c> is set (call <c>AddServiceDefaults</c> first), else in
    /// memory (register another <see cref="INotificationLedger"/> first to replace it).
    /// </summary>
    public static IHostApplicationBuilder AddNotificationServices(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NotificationOptions>, NotificationOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NotificationOptions>, NotificationKeysValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(DeliveryClock.Wall);
        services.AddMetrics();

        // HttpClient's own logging writes each request's URL, and a webhook URL is a secret.
        services.AddHttpClient(NotificationHttp.ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan).RemoveAllLoggers();

        if (builder.Configuration.UsesPostgres())
        {
            services.AddPostgresMigrations<NotificationLedgerMigrations>();
            services.TryAddSingleton<INotificationLedger, PostgresNotificationLedger>();
            services.AddHostedService<NotificationLedgerCleanup>();
        }

        services.TryAddSingleton<INotificationLedger, InMemoryNotificationLedger>();
        services.TryAddSingleton<DeliveryClaims>();
        services.TryAddSingleton(sp => new Redaction(ChannelSecrets.Of(sp.GetRequiredService<IOptions<NotificationOptions>>().Value)));
        services.TryAddSingleton<NotificationChannels>();
        services.TryAddSingleton<NotificationRouter>();
        services.TryAddSingleton<DeliveryMetrics>();
        services.TryAddSingleton<NotificationDispatcher>();
        services.TryAddSingleton<DeploymentFacts>();
        services.AddHostedService<NotificationStartup>();
        return builder;
    }

    /// <summary>
    /// Two endpoints, each out of the PostgreSQL inbox/outbox (the ledger makes each delivery once, and no
    /// database transaction stays open while a channel is called): bus notifications on
    /// <see cref="ServiceQueues.Notification"/>, channel deliveries on <see cref="NotificationQueues.Delivery"/>.
    /// </summary>
    public static IBusRegistrationConfigurator AddNotificationConsumers(this IBusRegistrationConfigurator bus)
    {
        ArgumentNullException.ThrowIfNull(bus);
        bus.ExemptFromSuiteOutbox(ServiceQueues.Notification);
        bus.ExemptFromSuiteOutbox(NotificationQueues.Delivery);

        // Their definitions retry with waits of their own (NotificationRetry): the endpoint-wide retry must not nest in it.
        bus.AddSingleton(new OwnRetryPolicy(ServiceQueues.Notification));
        bus.AddSingleton(new OwnRetryPolicy(NotificationQueues.Delivery));
        bus.AddConsumer<LifecycleNotificationConsumer, LifecycleNotificationConsumerDefinition>();
        bus.AddConsumer<ChannelDeliveryConsumer, ChannelDeliveryConsumerDefinition>();
        return bus;
    }
}
