using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Suite.Contracts;
using Suite.Notification;

namespace Suite.Services.Tests.Notification;

/// <summary>The Notification service as its host composes it, on the test harness.</summary>
internal sealed class NotificationHost : IAsyncDisposable
{
    private readonly IHost _host;

    private NotificationHost(IHost host)
    {
        _host = host;
        Harness = host.Services.GetRequiredService<ITestHarness>();
    }

    public ITestHarness Harness { get; }

    public static async Task<NotificationHost> Start()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.AddNotificationServices();
        builder.Services.AddMassTransitTestHarness(x => x.AddNotificationConsumers());
        var host = new NotificationHost(builder.Build());
        await host.Harness.Start();
        return host;
    }

    /// <summary>Publishes each event and returns once the consumer has handled all of them.</summary>
    public async Task Deliver(params object[] events)
    {
        var consumer = Harness.GetConsumerHarness<LifecycleNotificationConsumer>();
        var before = consumer.Consumed.Select(_ => true, Now()).Count();
        foreach (var e in events)
        {
            await Harness.Bus.Publish(e);
        }

        var handled = 0;
        await foreach (var _ in consumer.Consumed.SelectAsync(_ => true))
        {
            if (++handled == before + events.Length)
            {
                return;
            }
        }

        throw new InvalidOperationException($"the consumer handled {handled - before} of {events.Length} events");
    }

    /// <summary>The notifications published so far, without waiting for more.</summary>
    public IReadOnlyList<DeploymentNotification> Notifications() =>
        Harness.Published.Select<DeploymentNotification>(Now()).Select(x => x.Context.Message).ToList();

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        _host.Dispose();
    }

    // A token already cancelled makes the harness return what it has instead of waiting for more.
    private static CancellationToken Now() => new(canceled: true);
}
