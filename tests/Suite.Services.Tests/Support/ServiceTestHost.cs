using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Suite.Cluster;
using Suite.Cluster.Routing;
using Suite.Cluster.Simulated;
using Suite.Contracts;

namespace Suite.Services.Tests.Support;

/// <summary>
/// One service composed as its Program.cs composes it (its Add…Services and Add…Consumers), on
/// the MassTransit test harness, against a <see cref="SimulatedCluster"/> and a <see cref="SteppedClock"/>.
/// </summary>
public sealed class ServiceTestHost : IAsyncDisposable
{
    private static readonly TimeSpan AdvanceLimit = TimeSpan.FromHours(1);

    private readonly IHost _host;

    private ServiceTestHost(IHost host, SteppedClock clock, SimulatedCluster cluster, RecordingGateway gateway, RecordingRouter router)
    {
        _host = host;
        Clock = clock;
        Cluster = cluster;
        Gateway = gateway;
        Router = router;
        Harness = host.Services.GetRequiredService<ITestHarness>();
    }

    public static WorkloadRef Shop { get; } = new("shop", "shop");

    public SteppedClock Clock { get; }

    public SimulatedCluster Cluster { get; }

    /// <summary>The gateway the service uses: the simulated cluster (or the one given), recorded.</summary>
    public RecordingGateway Gateway { get; }

    /// <summary>The router the service uses: the simulated cluster's (or the one given), recorded.</summary>
    public RecordingRouter Router { get; }

    public ITestHarness Harness { get; }

    public static async Task<ServiceTestHost> StartAsync(
        Action<IHostApplicationBuilder> addServices,
        Action<IBusRegistrationConfigurator> addConsumers,
        IReadOnlyDictionary<string, string?>? settings = null,
        SimulatedClusterOptions? clusterOptions = null,
        IClusterGateway? gateway = null,
        IMetricsSource? metrics = null,
        ITrafficRouter? router = null)
    {
        var clock = new SteppedClock();
        var cluster = new SimulatedCluster(clock.Manual, clusterOptions ?? new SimulatedClusterOptions());
        var recording = new RecordingGateway(gateway ?? cluster);
        var routing = new RecordingRouter(router ?? cluster, cluster);

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        addServices(builder);
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSingleton<IClusterGateway>(recording);
        builder.Services.AddSingleton<IMetricsSource>(metrics ?? cluster);
        builder.Services.AddSingleton<ITrafficRouter>(routing);
        builder.Services.AddMassTransitTestHarness(addConsumers);

        var host = builder.Build();
        var testHost = new ServiceTestHost(host, clock, cluster, recording, routing);
        await testHost.Harness.Start();
        return testHost;
    }

    /// <summary>
    /// Sends <paramref name="command"/> to the service's queue as the saga does, then moves the
    /// clock on by <paramref name="step"/> each time the service waits, until it publishes its
    /// answer. <paramref name="beforeAdvance"/> sees the number of each wait, to change the world between looks.
    /// </summary>
    public async Task<object> SendAsync<T>(string queue, T command, Action<int>? beforeAdvance = null, TimeSpan? step = null)
        where T : class
    {
        var conversationId = NewId.NextGuid();
        var endpoint = await Harness.Bus.GetSendEndpoint(ServiceQueues.Address(queue));
        await endpoint.Send(command, context => context.ConversationId = conversationId);

        // What a consumer publishes carries on the conversation of the message it consumed.
        var answered = Harness.Published.Any(m => m.Context.ConversationId == conversationId);
        var by = step ?? TimeSpan.FromSeconds(1);
        var waits = 0;
        for (var advanced = TimeSpan.Zero; !answered.IsCompleted && advanced < AdvanceLimit; advanced += by)
        {
            var waiting = Clock.WhenSomethingWaits();
            if (await Task.WhenAny(answered, waiting) != waiting)
            {
                break;
            }

            beforeAdvance?.Invoke(++waits);
            Clock.Advance(by);
        }

        Assert.True(await answered, $"nothing answered the {typeof(T).Name}; {Describe()}");
        return Harness.Published.Select(m => m.Context.ConversationId == conversationId).First().MessageObject;
    }

    private string Describe()
    {
        var published = Harness.Published.Select(_ => true, new CancellationToken(canceled: true))
            .Select(m => $"{m.MessageType.Name} (conversation {m.Context.ConversationId})");
        var faults = Harness.Consumed.Select(m => m.Exception is not null, new CancellationToken(canceled: true))
            .Select(m => m.Exception!.Message);
        return $"published: [{string.Join(", ", published)}]; consumer exceptions: [{string.Join(", ", faults)}]";
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
        else
        {
            _host.Dispose();
        }
    }
}
