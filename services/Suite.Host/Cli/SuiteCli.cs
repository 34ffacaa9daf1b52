using System.Runtime.InteropServices;
using Suite.Host.Demo;
using Suite.Host.Planning;
using Suite.Host.Remote;
using Suite.Host.Simulator;

namespace Suite.Host.Cli;

/// <summary>The <c>suite</c> command line.</summary>
public static class SuiteCli
{
    public static RootCommand Build()
    {
        var root = new RootCommand("Suite: zero-downtime deployments on Kubernetes, driven by a saga over a message bus.");
        root.Add(DemoCommand.Create());
        root.Add(DeployCommand.Create());
        root.Add(QueryCommands.Status());
        root.Add(QueryCommands.History());
        foreach (var control in ControlCommands.All())
        {
            root.Add(control);
        }

        root.Add(PlanCommand.Create());
        root.Add(SimulateClusterCommand.Create());
        root.Add(Serve.ServeCommand.Create());
        return root;
    }

    /// <summary>Runs the command; any failure reaches the person as one line on stderr and a non-zero exit code.</summary>
    public static async Task<int> Run(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            cancel.Cancel();
        }

        // Ctrl+C and a container runtime's SIGTERM both stop long-running commands cleanly.
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        PlainWhenRedirected();
        try
        {
            return await Build().Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }, cancel.Token);
        }
        catch (CliException e)
        {
            await Console.Error.WriteLineAsync($"suite: {e.Message}");
            return e.ExitCode;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("suite: interrupted");
            return 130;
        }
        catch (Exception e)
        {
            await Console.Error.WriteLineAsync($"suite: {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.Failure;
        }
    }

    // Output into a file, a pipe or a CI log: no escape codes, and lines as wide as the reader's terminal said (COLUMNS) or wide enough not to wrap tables.
    private static void PlainWhenRedirected()
    {
        if (!Console.IsOutputRedirected)
        {
            return;
        }

        AnsiConsole.Profile.Capabilities.Ansi = false;
        AnsiConsole.Profile.Capabilities.Links = false;
        AnsiConsole.Profile.Width = int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns > 40 ? columns : 160;
    }
}
