using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Suite.Cluster;
using Suite.Cluster.Routing;
using Suite.Cluster.Simulated;
using Suite.Host.Embedded;

namespace Suite.Host.Tests;

/// <summary>
/// The whole embedded suite (real saga, real services, in-memory bus, simulated cluster) on a
/// fast clock, with a subscriber that collects what the Notification service publishes.
/// </summary>
public sealed class EmbeddedSuiteHost : IAsyncDisposable
{
    private readonly IHost _host;

    private EmbeddedSuiteHost(IHost host, ScaledTimeProvider time)
    {
        _host = host;
        Time = time;
        Cluster = host.Services.GetRequiredService<SimulatedCluster>();
        Bus = host.Services.GetRequiredService<IBus>();
    }

    public ScaledTimeProvider Time { get; }
    public SimulatedCluster Cluster { get; }
    public IBus Bus { get; }
    public List<DeploymentNotification> Notifications { get; } = [];

    /// <param name="start">What the suite's clock shows at first (default: now).</param>
    /// <param name="configure">Registrations of a test's own, over the suite's.</param>
    public static async Task<EmbeddedSuiteHost> Start(Action<IHostApplicationBuilder>? configure = null, DateTimeOffset? start = null)
    {
        var time = new ScaledTimeProvider(40, start);
        var host = EmbeddedSuite.Build(time, new Dictionary<string, string?>
        {
            ["Suite:Cluster:Simulated:StartupDelay"] = "00:00:04",
            ["Suite:Cluster:Simulated:TerminationGrace"] = "00:00:02",
            ["Suite:TrafficAnalysis:SampleInterval"] = "00:00:01",
            ["Suite:QualityGates:SampleInterval"] = "00:00:01",
        }, configure: configure);
        await host.StartAsync();
        var suite = new EmbeddedSuiteHost(host, time);
        var handle = suite.Bus.ConnectReceiveEndpoint($"test-notifications-{NewId.NextGuid():N}", e => e.Handler<DeploymentNotification>(context =>
        {
            lock (suite.Notifications)
            {
                suite.Notifications.Add(context.Message);
            }

            return Task.CompletedTask;
        }));
        await handle.Ready;
        return suite;
    }

    public static DeploymentRequested Request(string application, string image, int replicas, string? surge = null, string? unavailable = null) => new()
    {
        DeploymentId = NewId.NextGuid(), Application = application, Namespace = "retail", Image = image, Strategy = DeploymentStrategies.Rolling,
        Environment = "production", RequestedBy = "tests", Replicas = replicas, MaxSurge = surge, MaxUnavailable = unavailable,
    };

    /// <summary>Publishes the request and asks for its state until it has ended (bounded, so a stuck saga fails the test).</summary>
    public async Task<DeploymentStateReport> DeployAndWait(DeploymentRequested request)
    {
        await Bus.Publish(request);
        return await WaitFor(request.DeploymentId, r => r.IsTerminal, "the deployment to end");
    }

    /// <summary>Asks for the deployment's state until <paramref name="condition"/> holds (bounded, so a stuck saga fails the test).</summary>
    public async Task<DeploymentStateReport> WaitFor(Guid deploymentId, Func<DeploymentStateReport, bool> condition, string what)
    {
        var client = Bus.CreateRequestClient<GetDeploymentState>();
        var deadline = TimeProvider.System.GetUtcNow().AddMinutes(2);
        DeploymentStateReport? report = null;
        while (TimeProvider.System.GetUtcNow() < deadline)
        {
            var response = await client.GetResponse<DeploymentStateReport, DeploymentNotFound>(new GetDeploymentState { DeploymentId = deploymentId });
            if (response.Is(out Response<DeploymentStateReport>? r) && condition(r!.Message))
            {
                return r.Message;
            }

            report = r?.Message;
            await Task.Delay(20);
        }

        throw new Xunit.Sdk.XunitException($"waited 2 minutes for {what}; last state {report?.State ?? "unknown"} ({report?.PauseReason ?? report?.LastError})");
    }

    /// <summary>Asks for the deployment's state until it satisfies <paramref name="until"/> (within two minutes of wall time).</summary>
    public async Task<DeploymentStateReport> WaitFor(Guid id, Func<DeploymentStateReport, bool> until)
    {
        var client = Bus.CreateRequestClient<GetDeploymentState>();
        var deadline = TimeProvider.System.GetUtcNow().AddMinutes(2);
        DeploymentStateReport? report = null;
        while (TimeProvider.System.GetUtcNow() < deadline)
        {
            var response = await client.GetResponse<DeploymentStateReport, DeploymentNotFound>(new GetDeploymentState { DeploymentId = id });
            if (response.Is(out Response<DeploymentStateReport>? r) && until(r!.Message))
            {
                return r.Message;
            }

            report = r?.Message;
            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException($"deployment {id} never got there in 2 minutes; last state {report?.State ?? "unknown"}");
    }

    /// <summary>The first notification that satisfies <paramref name="match"/>, waiting up to ten seconds for it.</summary>
    public async Task<DeploymentNotification> Notified(Func<DeploymentNotification, bool> match)
    {
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(10);
        while (true)
        {
            lock (Notifications)
            {
                if (Notifications.FirstOrDefault(match) is { } found)
                {
                    return found;
                }
            }

            if (TimeProvider.System.GetUtcNow() > deadline)
            {
                throw new Xunit.Sdk.XunitException("no such notification within 10 s");
            }

            await Task.Delay(50);
        }
    }

    public Task Abort(Guid id) => Bus.Publish(new AbortDeployment { DeploymentId = id, RequestedBy = "tests", Reason = "abort" });

    public Task Pause(Guid id) => Bus.Publish(new PauseDeployment { DeploymentId = id, RequestedBy = "tests", Reason = "looking" });

    public Task Resume(Guid id) => Bus.Publish(new ResumeDeployment { DeploymentId = id, RequestedBy = "tests" });

    public Task Promote(Guid id) => Bus.Publish(new PromoteDeployment { DeploymentId = id, RequestedBy = "tests" });

    public Task Revert(Guid id) => Bus.Publish(new RevertDeployment { DeploymentId = id, RequestedBy = "tests", Reason = "revert" });

    /// <summary>Polls a condition on the real clock until it holds; the bound only ends a failing test.</summary>
    public static async Task Eventually(Func<bool> condition, string what)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(20);
        }

        Assert.True(condition(), what);
    }

    /// <summary>Requests per second the simulated router sends <paramref name="image"/> of <paramref name="application"/> now (0: none).</summary>
    public double Traffic(string application, string image) =>
        Cluster.GetVersionMetricsAsync(new WorkloadRef("retail", application), image, CancellationToken.None).Result?.RequestsPerSecond ?? 0;

    public TrafficRoute? Route(string application) => Cluster.GetRouteAsync(new WorkloadRef("retail", application), CancellationToken.None).Result;

    public async Task<DeploymentHistoryReport> History(Guid id) =>
        (await Bus.CreateRequestClient<GetDeploymentHistory>().GetResponse<DeploymentHistoryReport>(new GetDeploymentHistory { DeploymentId = id })).Message;

    public VersionStatus? Version(string application, string image) =>
        Cluster.GetWorkloadAsync(new WorkloadRef("retail", application), CancellationToken.None).Result.Version(image);

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
