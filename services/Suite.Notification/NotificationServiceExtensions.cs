using Microsoft.Extensions.DependencyInjection.Extensions;
using Suite.Notification.Channels;
using Suite.Notification.Composing;
using Suite.Notification.Delivery;
using Suite.Notification.Ledger;
using Suite.Notification.Routing;
using Suite.Notification.Secrets;

namespace Suite.Notification;

public static class NotificationServiceExtensions
{
    /// <summary>
    /// The Notification service: options from <c>Suite:Notification</c> (refused at start-up when
    /// invalid), channels, routing, delivery and the in-memory <see cref="INotificationLedger"/>
    /// (register another one first to replace it).
    /// </summary>
    public static IHostApplicationBuilder AddNotificationServices(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NotificationOptions>, NotificationOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();

        // HttpClient's own logging writes each request's URL, and a webhook URL is a secret.
        services.AddHttpClient(NotificationHttp.ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan).RemoveAllLoggers();

        services.TryAddSingleton<INotificationLedger, InMemoryNotificationLedger>();
        services.TryAddSingleton(sp => new Redaction(ChannelSecrets.Of(sp.GetRequiredService<IOptions<NotificationOptions>>().Value)));
        services.TryAddSingleton<NotificationChannels>();
        services.TryAddSingleton<NotificationRouter>();
        services.TryAddSingleton<DeliveryMetrics>();
        services.TryAddSingleton<NotificationDispatcher>();
        services.TryAddSingleton<DeploymentFacts>();
        return builder;
    }

    public static IBusRegistrationConfigurator AddNotificationConsumers(this IBusRegistrationConfigurator bus)
    {
        ArgumentNullException.ThrowIfNull(bus);
        bus.AddConsumer<LifecycleNotificationConsumer>().Endpoint(e => e.Name = ServiceQueues.Notification);
        return bus;
    }
}
