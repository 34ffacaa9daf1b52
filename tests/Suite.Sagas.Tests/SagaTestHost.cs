using Microsoft.Extensions.DependencyInjection;
using Suite.Sagas.EventStore;
using Suite.Sagas.History;
using Suite.Testing;

namespace Suite.Sagas.Tests;

/// <summary>A fresh harness per test: the real saga and stores, scripted services, a clock the test moves.</summary>
public sealed class SagaTestHost : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private SagaTestHost(ServiceProvider provider, ServiceScript script, ManualTimeProvider time)
    {
        _provider = provider;
        Script = script;
        Time = time;
        Harness = provider.GetRequiredService<ITestHarness>();
        Saga = Harness.GetSagaStateMachineHarness<DeploymentStateMachine, DeploymentState>();
        Store = provider.GetRequiredService<IEventStore>();
    }

    public ServiceScript Script { get; }
    public ManualTimeProvider Time { get; }
    public ITestHarness Harness { get; }
    public ISagaStateMachineTestHarness<DeploymentStateMachine, DeploymentState> Saga { get; }
    public IEventStore Store { get; }

    public static async Task<SagaTestHost> Start(Action<ServiceScript>? script = null, IEventStore? store = null, Action<IServiceCollection>? configure = null)
    {
        var s = new ServiceScript();
        script?.Invoke(s);
        // The saga schedules its waits at absolute times on this clock, and the harness's in-memory scheduler counts them
        // down on the wall clock: starting at the wall clock's now keeps a wait as long as the saga meant it.
        var now = DateTimeOffset.UtcNow;
        var time = new ManualTimeProvider(now - TimeSpan.FromTicks(now.Ticks % TimeSpan.TicksPerSecond));
        var services = new ServiceCollection();
        if (store is not null)
        {
            services.AddSingleton(store);
        }

        configure?.Invoke(services);

        var provider = services
            .AddSingleton<TimeProvider>(time)
            .AddSingleton(s)
            .AddDeploymentStores()
            .AddMassTransitTestHarness(x =>
            {
                x.AddDeploymentSaga();
                x.AddConsumer<ScriptedComplianceWindows>().Endpoint(e => e.Name = ServiceQueues.ComplianceWindows);
                x.AddConsumer<ScriptedTrafficAnalysis>().Endpoint(e => e.Name = ServiceQueues.TrafficAnalysis);
                x.AddConsumer<ScriptedPlanning>().Endpoint(e => e.Name = ServiceQueues.Planning);
                x.AddConsumer<ScriptedQualityGates>().Endpoint(e => e.Name = ServiceQueues.QualityGates);
                x.AddConsumer<ScriptedRollout>().Endpoint(e => e.Name = ServiceQueues.Rollout);
                x.AddConsumer<ScriptedDraining>().Endpoint(e => e.Name = ServiceQueues.Draining);
                x.AddDelayedMessageScheduler();
                x.UsingInMemory((context, cfg) =>
                {
                    cfg.UseDelayedMessageScheduler();
                    cfg.ConfigureEndpoints(context);
                });
            })
            .BuildServiceProvider(true);
        var host = new SagaTestHost(provider, s, time);
        await host.Harness.Start();
        return host;
    }

    public static DeploymentRequested Request(Guid? id = null, string application = "shop", string image = "shop:v2") => new()
    {
        DeploymentId = id ?? NewId.NextGuid(), Application = application, Namespace = "retail", Image = image,
        Strategy = "Rolling", Environment = "production", RequestedBy = "alice", Replicas = 4, MaxSurge = "1", MaxUnavailable = "0",
        Reason = "release 2",
    };

    /// <summary>A request for <paramref name="strategy"/> (one of <see cref="ScriptedPlans.Strategies"/>) with the options it needs.</summary>
    public static DeploymentRequested Request(string strategy) => strategy switch
    {
        "rolling" => Request(),
        "blue-green" or "blue-green-manual" => Request() with
        {
            Strategy = DeploymentStrategies.BlueGreen, MaxSurge = null, MaxUnavailable = null,
            BlueGreen = new BlueGreenOptions { AutoPromote = strategy == "blue-green" },
        },
        "canary" or "canary-until-promoted" => Request() with { Strategy = DeploymentStrategies.Canary, MaxSurge = null, MaxUnavailable = null },
        "ab-test" => Request() with
        {
            Strategy = DeploymentStrategies.ABTest, MaxSurge = null, MaxUnavailable = null, HeaderRoute = ScriptedPlans.Header, ExperimentDuration = "30m",
        },
        "recreate" => Request() with { Strategy = DeploymentStrategies.Recreate, MaxSurge = null, MaxUnavailable = null, AcceptDowntime = true },
        _ => throw new ArgumentOutOfRangeException(nameof(strategy), strategy, null),
    };

    public async Task<Guid> Deploy(DeploymentRequested? request = null)
    {
        request ??= Request();
        await Harness.Bus.Publish(request);
        return request.DeploymentId;
    }

    /// <summary>Waits until the saga is in <paramref name="state"/>; fails with the state it is in otherwise.</summary>
    public async Task<DeploymentState> InState(Guid id, Func<DeploymentStateMachine, State> state)
    {
        var found = await Saga.Exists(id, state, TimeSpan.FromSeconds(10));
        var instance = Saga.Sagas.Contains(id);
        Assert.True(found.HasValue, $"deployment never reached {state(Saga.StateMachine).Name}; it is {instance?.CurrentState ?? "missing"}");
        return instance!;
    }

    /// <summary>Publishes a control command (or a due timer) and waits until the saga has consumed it.</summary>
    public async Task Send<T>(T message)
        where T : class
    {
        var messageId = NewId.NextGuid();
        await Harness.Bus.Publish(message, c => c.MessageId = messageId);
        // Polled with a deadline of its own: once the harness has been idle past its inactivity timeout (a saga waiting for a
        // person), its own waits end at once.
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!Saga.Consumed.Select<T>().Any(x => x.Context.MessageId == messageId))
        {
            Assert.True(DateTime.UtcNow < until, $"the saga never consumed {typeof(T).Name}");
            await Task.Delay(10);
        }
    }

    /// <summary>The saga as it is now.</summary>
    public DeploymentState Now(Guid id) => Saga.Sagas.Contains(id) ?? throw new InvalidOperationException($"no saga {id}");

    public async Task<IReadOnlyList<IHistoryEvent>> History(Guid id) =>
        [.. (await Store.ReadStreamAsync(HistoryJson.StreamId(id), CancellationToken.None)).Select(e => e.Data)];

    public async Task<DeploymentStateReport> Query(Guid id)
    {
        var client = Harness.GetRequestClient<GetDeploymentState>();
        var response = await client.GetResponse<DeploymentStateReport, DeploymentNotFound>(new GetDeploymentState { DeploymentId = id });
        Assert.True(response.Is(out Response<DeploymentStateReport>? report), "expected a state report, got DeploymentNotFound");
        return report!.Message;
    }

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await _provider.DisposeAsync();
    }
}
