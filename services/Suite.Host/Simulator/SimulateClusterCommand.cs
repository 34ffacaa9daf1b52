using Suite.Cluster.Simulated;
using Suite.Host.Cli;

namespace Suite.Host.Simulator;

/// <summary>
/// <c>suite simulate-cluster</c>: a simulated cluster behind a fake Kubernetes API on loopback, for
/// running the services as separate processes on a machine without Kubernetes.
/// </summary>
public static class SimulateClusterCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port", "-p") { Description = "Port to listen on (0: any free port)", DefaultValueFactory = _ => 8001 };
        var address = new Option<string>("--address") { Description = "Address to listen on (0.0.0.0 inside a container)", DefaultValueFactory = _ => "127.0.0.1" };
        var seed = ClusterSeed.Option();
        var startup = new Option<double>("--startup-seconds") { Description = "Seconds a new pod takes to become ready", DefaultValueFactory = _ => 2 };
        var command = new Command("simulate-cluster", "Run a simulated cluster with a Kubernetes-style API on loopback until Ctrl+C") { port, address, seed, startup };
        command.SetAction(async (result, ct) =>
        {
            var cluster = new SimulatedCluster(TimeProvider.System, new SimulatedClusterOptions { StartupDelay = TimeSpan.FromSeconds(result.GetValue(startup)) });
            ClusterSeed.Apply(cluster, result.GetValue(seed) ?? []);
            if (!System.Net.IPAddress.TryParse(result.GetValue(address), out var listenOn))
            {
                throw new CliException($"--address '{result.GetValue(address)}' is not an IP address");
            }

            await using var server = await SimulatedClusterServer.StartAsync(cluster, result.GetValue(port), ct, listenOn);
            AnsiConsole.MarkupLine($"simulated cluster listening on [bold]{server.BaseAddress}[/]; point services at it with " +
                $"Suite__Cluster__Provider=Kubernetes Suite__Cluster__Kubernetes__ApiServer={server.BaseAddress} Suite__Metrics__Provider=Simulator");
            await WaitForCancellation(ct);
            return ExitCodes.Success;
        });
        return command;
    }

    public static async Task WaitForCancellation(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
