using Microsoft.Extensions.DependencyInjection.Extensions;
using Suite.Notification.Deduplication;

namespace Suite.Notification;

public static class NotificationServiceExtensions
{
    public static IHostApplicationBuilder AddNotificationServices(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.Section);
        builder.Services.TryAddSingleton<NotificationDeduplicator>();
        return builder;
    }

    public static IBusRegistrationConfigurator AddNotificationConsumers(this IBusRegistrationConfigurator bus)
    {
        ArgumentNullException.ThrowIfNull(bus);
        bus.AddConsumer<LifecycleNotificationConsumer>().Endpoint(e => e.Name = ServiceQueues.Notification);
        return bus;
    }
}
