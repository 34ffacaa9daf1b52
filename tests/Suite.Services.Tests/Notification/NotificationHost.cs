using MassTransit.Testing;
using Microsoft.Extensions.Hosting;
using Suite.Contracts;
using Suite.Notification;
using Suite.Services.Tests.Support;

namespace Suite.Services.Tests.Notification;

/// <summary>The Notification service as its host composes it, on the test harness.</summary>
internal sealed class NotificationHost : HarnessHost
{
    private NotificationHost(IHost host)
        : base(host)
    {
    }

    public static Task<NotificationHost> Start() =>
        StartAsync(new NotificationHost(Compose(b => b.AddNotificationServices(), x => x.AddNotificationConsumers())));

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

    // A token already cancelled makes the harness return what it has instead of waiting for more.
    private static CancellationToken Now() => new(canceled: true);
}
