using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Suite.Notification;
using Suite.Notification.Delivery;

namespace Suite.Notification.Tests.Support;

/// <summary>
/// The Notification service as its host composes it, on the MassTransit test harness, with the
/// given settings (and clock: the host's and the deliveries'), every log line captured.
/// </summary>
internal sealed class NotificationTestHost : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    private readonly IHost _host;
    private readonly ConsumeCounter _consumed = new();

    private NotificationTestHost(IHost host, CapturedLogs logs)
    {
        _host = host;
        Logs = logs;
        Harness = host.Services.GetRequiredService<ITestHarness>();
    }

    public ITestHarness Harness { get; }

    public CapturedLogs Logs { get; }

    public IServiceProvider Services => _host.Services;

    public static async Task<NotificationTestHost> StartAsync(NotificationSettings settings, TimeProvider? time = null, Action<IServiceCollection>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(settings.Values);
        var logs = new CapturedLogs();
        builder.Logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
            builder.Services.AddSingleton(new DeliveryClock(time));
        }

        builder.AddNotificationServices();
        configure?.Invoke(builder.Services);
        builder.Services.AddMassTransitTestHarness(x => x.AddNotificationConsumers());
        var testHost = new NotificationTestHost(builder.Build(), logs);
        await testHost.Harness.Start();
        testHost.Harness.Bus.ConnectConsumeObserver(testHost._consumed);
        return testHost;
    }

    /// <summary>Publishes <paramref name="message"/> as the saga would, with the given MessageId when one is given.</summary>
    public Task PublishAsync<T>(T message, Guid? messageId = null)
        where T : class =>
        Harness.Bus.Publish(message, context =>
        {
            if (messageId is { } id)
            {
                context.MessageId = id;
            }
        });

    /// <summary>Publishes each event and returns once the consumer has handled all of them, channels included.</summary>
    public async Task DeliverAsync(params object[] events)
    {
        var before = _consumed.Finished;
        foreach (var e in events)
        {
            await Harness.Bus.Publish(e);
        }

        await WhenHandledAsync(before + events.Length);
    }

    /// <summary>Completes once the consumer has finished <paramref name="count"/> events since the start.</summary>
    public Task WhenHandledAsync(int count) => Until(() => _consumed.Finished >= count, $"the consumer to finish {count} event(s)");

    /// <summary>The consumer's exceptions so far: none, when a channel's trouble stays inside the service.</summary>
    public IReadOnlyList<Exception> Faults() => _consumed.Faults;

    public IReadOnlyList<T> Published<T>()
        where T : class =>
        [.. Harness.Published.Select<T>(Now()).Select(m => m.Context.Message)];

    public async Task<T> WaitForPublishedAsync<T>(Func<T, bool>? match = null)
        where T : class
    {
        T? found = null;
        await Until(() => (found = Published<T>().FirstOrDefault(m => match?.Invoke(m) ?? true)) is not null, $"a {typeof(T).Name}");
        return found!;
    }

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        _host.Dispose();
    }

    // Polls on the real clock; the deadline only bounds a test that is failing anyway.
    private static async Task Until(Func<bool> condition, string what)
    {
        var giveUpAt = TimeProvider.System.GetUtcNow() + Patience;
        while (!condition())
        {
            if (TimeProvider.System.GetUtcNow() > giveUpAt)
            {
                Assert.Fail($"gave up waiting for {what}");
            }

            await Task.Delay(PollInterval, TimeProvider.System);
        }
    }

    // A token already cancelled makes the harness return what it has instead of waiting for more.
    private static CancellationToken Now() => new(canceled: true);
}
