using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Suite.Cluster;
using Suite.Cluster.Simulated;
using Suite.Contracts.Rollout;
using Suite.Host.Display;
using Suite.Host.Embedded;

namespace Suite.Host.Demo;

/// <summary>
/// Three applications in production, each with a new version: <c>shop</c> gets a good one (rolling),
/// <c>checkout</c> one that returns 5% errors (rolling), <c>payments</c> one that returns 5% errors
/// (canary). All run through the real saga and services on the in-memory bus against the simulated
/// cluster; the bad ones must be caught and rolled back: checkout's by restoring pods, payments' by
/// switching traffic back to its stable version, which kept every pod.
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

    public sealed record Outcome(DeploymentStateReport Good, DeploymentStateReport Bad, DeploymentStateReport BadCanary)
    {
        public bool AsExpected => Good.State == "Succeeded" && Bad.State == "RolledBack" && BadCanary.State == "RolledBack";
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
            var payments = new WorkloadRef(Namespace, "payments");
            Prepare(cluster, shop, "shop:1.4.1", 6, 300);
            Prepare(cluster, checkout, "checkout:2.3.0", 4, 120);
            Prepare(cluster, payments, "payments:3.1.0", 4, 200);
            cluster.SetVersionBehaviour("shop:1.5.0", new VersionBehaviour(0.0015, 110));
            cluster.SetVersionBehaviour("checkout:2.4.0", new VersionBehaviour(0.05, 180));
            cluster.SetVersionBehaviour("payments:3.2.0", new VersionBehaviour(0.05, 150));
            var since = time.GetUtcNow();

            AnsiConsole.MarkupLine($"[bold]Suite demo[/]: every service in one process, in-memory bus, simulated cluster, clock x{speed.ToString(CultureInfo.InvariantCulture)}");
            AnsiConsole.MarkupLine("  shop     1.4.1 -> 1.5.0  (healthy: 0.15% errors)       6 replicas, rolling 25%/25%");
            AnsiConsole.MarkupLine("  checkout 2.3.0 -> 2.4.0  ([red]bad: 5% errors[/])           4 replicas, rolling maxSurge 1 / maxUnavailable 0");
            AnsiConsole.MarkupLine("  payments 3.1.0 -> 3.2.0  ([red]bad: 5% errors[/])           4 replicas, canary 10% -> 25% -> 50% -> 75% -> 100%");
            AnsiConsole.WriteLine();

            var good = Request(shop, "shop:1.5.0", 6, null, null, time);
            var bad = Request(checkout, "checkout:2.4.0", 4, "1", "0", time);
            var badCanary = Request(payments, "payments:3.2.0", 4, null, null, time) with { Strategy = DeploymentStrategies.Canary };
            var deployments = new[] { (good, "shop    "), (bad, "checkout"), (badCanary, "payments") };
            foreach (var (request, _) in deployments)
            {
                await bus.Publish(request, cancellationToken);
            }

            var states = bus.CreateRequestClient<GetDeploymentState>();
            var follower = new DeploymentFollower(async (id, ct) =>
                (await states.GetResponse<DeploymentStateReport>(new GetDeploymentState { DeploymentId = id }, ct)).Message, TimeSpan.FromMilliseconds(150))
            {
                Detail = r => Pods(cluster, new WorkloadRef(r.Namespace, r.Application)),
            };
            var final = await follower.Follow([.. deployments.Select(d => (d.Item1.DeploymentId, d.Item2))], cancellationToken);

            var histories = bus.CreateRequestClient<GetDeploymentHistory>();
            foreach (var (request, name) in deployments)
            {
                var history = (await histories.GetResponse<DeploymentHistoryReport>(new GetDeploymentHistory { DeploymentId = request.DeploymentId }, cancellationToken)).Message;
                AnsiConsole.WriteLine();
                AnsiConsole.Write(HistoryView.Table(history, $"{name.Trim()}: {final[request.DeploymentId].State} — deployment {request.DeploymentId}"));
                Summarize(cluster, request, final[request.DeploymentId], since);
            }

            var outcome = new Outcome(final[good.DeploymentId], final[bad.DeploymentId], final[badCanary.DeploymentId]);
            AnsiConsole.WriteLine();
            AnsiConsole.MarkupLine(outcome.AsExpected
                ? "[green]The good version is serving all of shop's traffic; the bad versions of checkout and payments were caught by a gate and rolled back.[/]"
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

    private static void Summarize(SimulatedCluster cluster, DeploymentRequested request, DeploymentStateReport final, DateTimeOffset since)
    {
        var workload = new WorkloadRef(request.Namespace, request.Application);
        var availability = cluster.AvailabilityReport(workload, since);
        AnsiConsole.MarkupLine(Markup.Escape(
            $"  availability: never fewer than {availability.MinReady} ready pods, never more than {availability.MaxRunning} running pods " +
            $"(now: {Pods(cluster, workload)})"));
        if (final.RollbackDecidedAt is { } decided
            && RollbackBreakdown.Of(decided, final.RollbackCompletedAt, final.RollbackTrafficSwitchedAt, final.RollbackRestoreStartedAt, final.RollbackPreviousReadyAt) is { } took)
        {
            AnsiConsole.MarkupLine(Markup.Escape(
                $"  rollback took {Seconds(took.Total)} simulated" + (took.PodStartup is { } startup
                    ? $", of which pod start-up {Seconds(startup)} (the cluster), Suite {Seconds(took.Suite!.Value)}"
                    : "") +
                (took.TrafficSwitch is { } switched ? $"; all traffic off the bad version after {Seconds(switched)}" : "") +
                $"; reason: {final.LastError}"));
        }
    }

    // Milliseconds: a rollback that is a traffic switch takes a few of them, which one decimal of a second would show as nothing.
    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture) + " s";
}
