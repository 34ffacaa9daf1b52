using System.Collections.Concurrent;
using Suite.Api;
using Suite.Cluster;
using Suite.Cluster.Simulated;

namespace Suite.Integration.RabbitMq.Tests.EndToEnd;

/// <summary>
/// Suite as it runs in production, on one machine: every service its own process on
/// RabbitMQ, the cluster a simulated Kubernetes API server in this process, and a test bus to
/// publish requests, ask for state and watch events.
/// </summary>
public class DistributedSuite : IAsyncLifetime
{
    public static readonly WorkloadRef Shop = new("retail", "shop");
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(90);

    private readonly List<ServiceProcess> _services = [];
    private readonly List<ServiceProcess> _extras = [];
    private readonly ConcurrentDictionary<string, Lazy<Task<object>>> _once = new();
    private readonly string _logDirectory = Directory.CreateTempSubdirectory("suite-e2e-").FullName;
    private RabbitMqBroker? _broker;
    private SimulatedClusterServer? _cluster;
    private TestServiceHost? _bus;
    private IReadOnlyDictionary<string, string> _environment = new Dictionary<string, string>();
    private int _restarts;

    public SimulatedCluster Cluster => _cluster?.Cluster ?? throw NotStarted();

    public int RabbitMqPort => _broker?.Port ?? throw NotStarted();

    public IServiceProvider Bus => _bus?.Services ?? throw NotStarted();

    public MessageLog Events => Bus.GetRequiredService<MessageLog>();

    public IReadOnlyList<ServiceProcess> Services => _services;

    public ServiceProcess Service(string name) => _services.Single(s => s.Name == name);

    public async Task InitializeAsync()
    {
        try
        {
            _broker = await RabbitMqBroker.Acquire();
            var cluster = new SimulatedCluster(TimeProvider.System, new SimulatedClusterOptions
            {
                StartupDelay = TimeSpan.FromMilliseconds(300),
                TerminationGrace = TimeSpan.FromMilliseconds(300),
            });
            cluster.Seed(Shop, "shop:v1", 4);
            cluster.SetTraffic(Shop, 200);
            _cluster = await SimulatedClusterServer.StartAsync(cluster);

            var environment = new Dictionary<string, string>(SuiteServices.Environment(_broker.Port, _cluster.BaseAddress))
            {
                ["Suite__ComplianceWindows__ProfilesPath"] = TestProfiles.WriteTo(Path.Combine(_logDirectory, "profiles")),
            };
            foreach (var (key, value) in await AdditionalEnvironment())
            {
                environment[key] = value;
            }

            _environment = environment;
            _services.AddRange(SuiteServices.Names.Select(name => ServiceProcess.Start(name, environment, _logDirectory)));
            await Task.WhenAll(_services.Select(s => s.WaitUntilBusStarted(StartDeadline)));

            _bus = await TestServiceHost.Start(
                _broker.Port,
                bus =>
                {
                    bus.AddApiConsumers();
                    Record<DeploymentRejected>(bus);
                    Record<DeploymentSucceeded>(bus);
                    Record<DeploymentRolledBack>(bus);
                    Record<DeploymentFailed>(bus);
                    Record<DeploymentStepCompleted>(bus);
                },
                services => services.AddSingleton<MessageLog>());
        }
        catch (Exception exception)
        {
            var report = DescribeServices();
            await DisposeAsync();
            throw new InvalidOperationException($"The distributed suite did not start: {exception.Message}\n{report}", exception);
        }
    }

    /// <summary>
    /// Runs <paramref name="act"/> once for this suite, however many tests ask: scenarios whose
    /// facts share one story (deploy v2, then v3) act here and assert on the outcome.
    /// </summary>
    public async Task<T> Once<T>(string key, Func<Task<T>> act)
        where T : notnull =>
        (T)await _once.GetOrAdd(key, _ => new Lazy<Task<object>>(async () => await act())).Value;

    /// <summary>
    /// Kills the service's process outright (SIGKILL: no shutdown, no flush, unacknowledged
    /// messages go back to the broker) and starts it again with the same settings.
    /// </summary>
    public Task KillAndRestart(string name) => KillAndRestart(name, new Dictionary<string, string>());

    /// <summary>Kills the service's process (SIGKILL) and starts it again with <paramref name="extra"/> over the usual settings.</summary>
    public async Task KillAndRestart(string name, IReadOnlyDictionary<string, string> extra)
    {
        var old = Service(name);
        await old.DisposeAsync();
        await Replace(old, extra);
    }

    /// <summary>Waits until the service's process has ended by itself (a test fault killed it), then starts it again.</summary>
    public async Task RestartAfterItDied(string name, TimeSpan deadline)
    {
        var old = Service(name);
        await old.Exited.WaitAsync(deadline);
        await old.DisposeAsync();
        await Replace(old, new Dictionary<string, string>());
    }

    /// <summary>Starts one more process of the service beside the one the suite runs (stopped with the suite, or by disposing it).</summary>
    public async Task<ServiceProcess> StartAnother(string name)
    {
        var logs = Directory.CreateDirectory(Path.Combine(_logDirectory, $"another-{Interlocked.Increment(ref _restarts)}")).FullName;
        var another = ServiceProcess.Start(name, _environment, logs);
        _extras.Add(another);
        await another.WaitUntilBusStarted(StartDeadline);
        return another;
    }

    /// <summary>How many messages wait in each Suite queue's error queue (a queue that does not exist holds none).</summary>
    public async Task<IReadOnlyDictionary<string, uint>> ErrorQueueCounts()
    {
        var factory = new RabbitMQ.Client.ConnectionFactory { HostName = "127.0.0.1", Port = RabbitMqPort };
        await using var connection = await factory.CreateConnectionAsync();
        var counts = new Dictionary<string, uint>();
        foreach (var queue in new[] { ServiceQueues.Orchestrator, ServiceQueues.ComplianceWindows, ServiceQueues.TrafficAnalysis, ServiceQueues.Planning,
                     ServiceQueues.QualityGates, ServiceQueues.Rollout, ServiceQueues.Draining, ServiceQueues.Notification, ServiceQueues.History,
                     ServiceQueues.Scheduler }.Select(q => q + "_error"))
        {
            await using var channel = await connection.CreateChannelAsync();
            try
            {
                counts[queue] = (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
            }
            catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
            {
                counts[queue] = 0;
            }
        }

        return counts;
    }

    private async Task Replace(ServiceProcess old, IReadOnlyDictionary<string, string> extra)
    {
        var logs = Directory.CreateDirectory(Path.Combine(_logDirectory, $"restart-{Interlocked.Increment(ref _restarts)}")).FullName;
        var environment = new Dictionary<string, string>(_environment);
        foreach (var (key, value) in extra)
        {
            environment[key] = value;
        }

        var restarted = ServiceProcess.Start(old.Name, environment, logs);
        _services[_services.IndexOf(old)] = restarted;
        await restarted.WaitUntilBusStarted(StartDeadline);
    }

    /// <summary>Settings over <see cref="SuiteServices.Environment"/> for every service process.</summary>
    protected virtual Task<IReadOnlyDictionary<string, string>> AdditionalEnvironment() =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>());

    /// <summary>The last lines each service wrote, for a failure report.</summary>
    public string DescribeServices() => string.Join("\n", _services.Concat(_extras).Select(s => s.Tail()));

    public virtual async Task DisposeAsync()
    {
        if (_bus is not null)
        {
            await _bus.DisposeAsync();
        }

        foreach (var service in _services.Concat(_extras))
        {
            await service.DisposeAsync();
        }

        _services.Clear();
        _extras.Clear();
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        if (_broker is not null)
        {
            await _broker.DisposeAsync();
        }

        if (Directory.Exists(_logDirectory))
        {
            Directory.Delete(_logDirectory, recursive: true);
        }
    }

    private static void Record<T>(IBusRegistrationConfigurator bus)
        where T : class =>
        bus.AddConsumer<RecordingConsumer<T>>().Endpoint(e =>
        {
            e.Name = $"suite-test-{typeof(T).Name}-{Guid.NewGuid():N}";
            e.AddConfigureEndpointCallback(ThrowawayQueue.Configure);
        });

    private static InvalidOperationException NotStarted() => new("The distributed suite has not started.");
}
