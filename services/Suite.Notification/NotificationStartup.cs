using Suite.Notification.Channels;
using Suite.Notification.Routing;

namespace Suite.Notification;

/// <summary>
/// Builds the channels (each with its resilience pipeline) and the routes as the host starts, so that a
/// problem with them stops the start-up instead of failing every event later.
/// </summary>
internal sealed class NotificationStartup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<NotificationChannels>();
        services.GetRequiredService<NotificationRouter>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
