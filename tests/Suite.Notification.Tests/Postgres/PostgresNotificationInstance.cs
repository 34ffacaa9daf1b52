using System.Collections.Concurrent;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Suite.ServiceDefaults;

namespace Suite.Notification.Tests.Postgres;

/// <summary>
/// One instance of the Notification service as its Program composes it, with PostgreSQL (so with the
/// inbox/outbox on every endpoint it does not opt out of) and its own in-memory bus, a subscriber
/// collecting the DeploymentNotifications it publishes. Several on one schema are several replicas.
/// </summary>
internal sealed class PostgresNotificationInstance : IAsyncDisposable
{
    private readonly IHost _host;

    private PostgresNotificationInstance(IHost host)
    {
        _host = host;
        Bus = host.Services.GetRequiredService<IBus>();
    }

    public IBus Bus { get; }

    public ConcurrentQueue<DeploymentNotification> Told { get; } = new();

    /// <summary>Starts an instance on <paramref name="database"/>'s schema; its connections carry <paramref name="applicationName"/>.</summary>
    public static async Task<PostgresNotificationInstance> StartAsync(TestDatabase database, NotificationSettings settings, string applicationName)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(settings.Values);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Suite:Bus:Transport"] = "InMemory",
            ["Suite:Postgres:ConnectionString"] = $"{database.ConnectionString};Application Name={applicationName}",
            ["Suite:Postgres:Schema"] = database.Schema,
        });
        builder.AddServiceDefaults();
        builder.Logging.ClearProviders();
        builder.AddNotificationServices();
        builder.AddSuiteBus(bus => bus.AddNotificationConsumers());
        builder.Services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true);
        var instance = new PostgresNotificationInstance(builder.Build());
        await instance._host.StartAsync();
        var subscriber = instance.Bus.ConnectReceiveEndpoint($"test-notifications-{NewId.NextGuid():N}", e => e.Handler<DeploymentNotification>(context =>
        {
            instance.Told.Enqueue(context.Message);
            return Task.CompletedTask;
        }));
        await subscriber.Ready;
        return instance;
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
