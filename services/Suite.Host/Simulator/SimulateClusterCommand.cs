using System.Text.RegularExpressions;
using Suite.Cluster;
using Suite.Cluster.Simulated;
using Suite.Host.Cli;

namespace Suite.Host.Simulator;

/// <summary>
/// <c>suite simulate-cluster</c>: a simulated cluster behind a fake Kubernetes API on loopback, for
/// running the services as separate processes on a machine without Kubernetes.
/// </summary>
public static partial class SimulateClusterCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port", "-p") { Description = "Port on 127.0.0.1 (0: any free port)", DefaultValueFactory = _ => 8001 };
        var seed = new Option<string[]>("--seed") { Description = "A version already running: NAMESPACE/APP=IMAGE*REPLICAS, e.g. retail/shop=shop:1.4.1*4", AllowMultipleArgumentsPerToken = true };
        var startup = new Option<double>("--startup-seconds") { Description = "Seconds a new pod takes to become ready", DefaultValueFactory = _ => 2 };
        var command = new Command("simulate-cluster", "Run a simulated cluster with a Kubernetes-style API on loopback until Ctrl+C") { port, seed, startup };
        command.SetAction(async (result, ct) =>
        {
            var cluster = new SimulatedCluster(TimeProvider.System, new SimulatedClusterOptions { StartupDelay = TimeSpan.FromSeconds(result.GetValue(startup)) });
            foreach (var s in result.GetValue(seed) ?? [])
            {
                var match = SeedPattern().Match(s);
                if (!match.Success)
                {
                    throw new CliException($"--seed '{s}' is not NAMESPACE/APP=IMAGE*REPLICAS, e.g. retail/shop=shop:1.4.1*4");
                }

                cluster.Seed(new WorkloadRef(match.Groups["ns"].Value, match.Groups["app"].Value), match.Groups["image"].Value, int.Parse(match.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture));
            }

            await using var server = await SimulatedClusterServer.StartAsync(cluster, result.GetValue(port), ct);
            AnsiConsole.MarkupLine($"simulated cluster listening on [bold]{server.BaseAddress}[/]; point services at it with " +
                $"Suite__Cluster__Provider=Kubernetes Suite__Cluster__Kubernetes__ApiServer={server.BaseAddress} Suite__Metrics__Provider=Simulator");
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
            }

            return ExitCodes.Success;
        });
        return command;
    }

    [GeneratedRegex(@"^(?<ns>[a-z0-9-]+)/(?<app>[a-z0-9-]+)=(?<image>[^*\s]+)\*(?<n>[0-9]{1,4})$")]
    private static partial Regex SeedPattern();
}
