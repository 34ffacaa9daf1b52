using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Suite.Cluster;
using Suite.Cluster.Simulated;
using Suite.Host.Display;
using Suite.Host.Embedded;

namespace Suite.Host.Demo;

/// <summary>
/// Two applications in production, each with a new version: <c>shop</c> gets a good one,
/// <c>checkout</c> one that returns 5% errors. Both run through the real saga and services on
/// the in-memory bus against the simulated cluster; the bad one must be caught and rolled back.
/// </summary>
public static class DemoScenario
{
    public const string Namespace = "retail";

    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Suite:Cluster:Simulated:StartupDelay"] = "00:00:08",
        ["Suite:Cluster:Simulated:TerminationGrace"] = "00:00:05",
        ["Suite:TrafficAnalysis:SampleInterval"] = "00:00:02",
        ["Suite:QualityGates:SampleInterval"] = "00:00:02",
        ["Suite:Rollout:PollInterval"] = "00:00:01",
        ["Suite:Draining:PollInterval"] = "00:00:01",
    };

    public sealed record Outcome(DeploymentStateReport Good, DeploymentStateReport Bad)
    {
        public bool AsExpected => Good.State == "Succeeded" && Bad.State == "RolledBack";
    }

    public static async Task<Outcome> Run(double speed, bool verbose, CancellationToken cancellationToken)
    {
        var time = new ScaledTimeProvider(speed);
        using var host = EmbeddedSuite.Build(time, Settings, logToConsole: verbose);
        await host.StartAsync(cancellationToken);
        try
        {
            var cluster = host.Services.GetRequiredService<SimulatedCluster>();
            var bus = host.Services.GetRequiredService<IBus>();
            var shop = new WorkloadRef(Namespace, "shop");
            var checkout = new WorkloadRef(Namespace, "checkout");
            Prepare(cluster, shop, "shop:1.4.1", 6, 300);
            Prepare(cluster, checkout, "checkout:2.3.0", 4, 120);
            cluster.SetVersionBehaviour("shop:1.5.0", new VersionBehaviour(0.0015, 110));
            cluster.SetVersionBehaviour("checkout:2.4.0", new VersionBehaviour(0.05, 180));
            var since = time.GetUtcNow();

            AnsiConsole.MarkupLine($"[bold]Suite demo[/]: every service in one process, in-memory bus, simulated cluster, clock x{speed.ToString(CultureInfo.InvariantCulture)}");
            AnsiConsole.MarkupLine("  shop     1.4.1 -> 1.5.0  (healthy: 0.15% errors)       6 replicas, rolling 25%/25%");
            AnsiConsole.MarkupLine("  checkout 2.3.0 -> 2.4.0  ([red]bad: 5% errors[/])           4 replicas, rolling maxSurge 1 / maxUnavailable 0");
            AnsiConsole.WriteLine();

            var good = Request(shop, "shop:1.5.0", 6, null, null, time);
            var bad = Request(checkout, "checkout:2.4.0", 4, "1", "0", time);
            await bus.Publish(good, cancellationToken);
            await bus.Publish(bad, cancellationToken);

            var states = bus.CreateRequestClient<GetDeploymentState>();
            var follower = new DeploymentFollower(async (id, ct) =>
                (await states.GetResponse<DeploymentStateReport>(new GetDeploymentState { DeploymentId = id }, ct)).Message, TimeSpan.FromMilliseconds(150))
            {
                Detail = r => Pods(cluster, new WorkloadRef(r.Namespace, r.Application)),
            };
            var final = await follower.Follow([(good.DeploymentId, "shop    "), (bad.DeploymentId, "checkout")], cancellationToken);

            var histories = bus.CreateRequestClient<GetDeploymentHistory>();
            foreach (var (request, name) in new[] { (good, "shop"), (bad, "checkout") })
            {
                var history = (await histories.GetResponse<DeploymentHistoryReport>(new GetDeploymentHistory { DeploymentId = request.DeploymentId }, cancellationToken)).Message;
                AnsiConsole.WriteLine();
                AnsiConsole.Write(HistoryView.Table(history, $"{name}: {final[request.DeploymentId].State} — deployment {request.DeploymentId}"));
                Summarize(cluster, request, history, final[request.DeploymentId], since);
            }

            var outcome = new Outcome(final[good.DeploymentId], final[bad.DeploymentId]);
            AnsiConsole.WriteLine();
            AnsiConsole.MarkupLine(outcome.AsExpected
                ? "[green]The good version is serving all of shop's traffic; checkout's bad version was caught by a gate and rolled back.[/]"
                : "[red]The demo did not end as expected: see the histories above.[/]");
            return outcome;
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    private static void Prepare(SimulatedCluster cluster, WorkloadRef workload, string image, int replicas, double requestsPerSecond)
    {
        cluster.Seed(workload, image, replicas);
        cluster.SetTraffic(workload, requestsPerSecond);
    }

    private static DeploymentRequested Request(WorkloadRef workload, string image, int replicas, string? surge, string? unavailable, TimeProvider time) => new()
    {
        DeploymentId = NewId.NextGuid(), Application = workload.Application, Namespace = workload.Namespace, Image = image,
        Strategy = DeploymentStrategies.Rolling, Environment = "production", RequestedBy = "demo", Replicas = replicas,
        MaxSurge = surge, MaxUnavailable = unavailable, Reason = "suite demo", RequestedAt = time.GetUtcNow(),
    };

    private static string Pods(SimulatedCluster cluster, WorkloadRef workload) =>
        string.Join(", ", cluster.Pods(workload).GroupBy(p => p.Image).OrderBy(g => g.Key).Select(g =>
            $"{g.Key.Split(':')[^1]}: {g.Count(p => p.Phase == PodPhase.Ready)} ready" +
            (g.Count(p => p.Phase == PodPhase.Starting) is > 0 and var s ? $" +{s} starting" : "") +
            (g.Count(p => p.Phase == PodPhase.Terminating) is > 0 and var t ? $" -{t} draining" : "")));

    private static void Summarize(SimulatedCluster cluster, DeploymentRequested request, DeploymentHistoryReport history, DeploymentStateReport final, DateTimeOffset since)
    {
        var workload = new WorkloadRef(request.Namespace, request.Application);
        var availability = cluster.AvailabilityReport(workload, since);
        AnsiConsole.MarkupLine(Markup.Escape(
            $"  availability: never fewer than {availability.MinReady} ready pods, never more than {availability.MaxRunning} running pods " +
            $"(now: {Pods(cluster, workload)})"));
        var started = history.Entries.FirstOrDefault(e => e.Type == "RollbackStarted");
        var completed = history.Entries.FirstOrDefault(e => e.Type == "RollbackCompleted");
        if (started is not null && completed is not null)
        {
            var took = completed.RecordedAt - started.RecordedAt;
            AnsiConsole.MarkupLine(Markup.Escape(
                $"  rollback: decided {started.RecordedAt:HH:mm:ss.fff}, previous version fully serving again {completed.RecordedAt:HH:mm:ss.fff} " +
                $"({took.TotalSeconds:0.0} s simulated, of which pod start-up is up to {cluster.Options.StartupDelay.TotalSeconds:0} s); reason: {final.LastError}"));
        }
    }
}
