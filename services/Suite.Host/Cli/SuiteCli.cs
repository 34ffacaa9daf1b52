using System.CommandLine.Parsing;
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
        root.Add(ListCommand.Create());
        foreach (var control in ControlCommands.All())
        {
            root.Add(control);
        }

        root.Add(ComplianceCommands.Approve());
        root.Add(ComplianceCommands.Override());
        root.Add(RevertCommand.Create());
        root.Add(RetryCommand.Create());

        root.Add(PlanCommand.Create());
        root.Add(Windows.WindowsCommand.Create());
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
        var parsed = Build().Parse(args);
        if (ParseFailure(parsed) is { } refusal)
        {
            await Console.Error.WriteLineAsync(refusal);
            return ExitCodes.Failure;
        }

        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }, cancel.Token);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("suite: interrupted");
            return 130;
        }
        catch (Exception e)
        {
            var (exitCode, line) = Describe(e);
            await Console.Error.WriteLineAsync(line);
            return exitCode;
        }
    }

    /// <summary>
    /// The one line a person reads for a command line the parser refused, pointing at the
    /// command's help; null when it parsed (or asks for help, which always parses).
    /// </summary>
    private static string? ParseFailure(ParseResult parsed)
    {
        if (parsed.Errors.Count == 0)
        {
            return null;
        }

        var names = new List<string>();
        for (var command = parsed.CommandResult; command is not null; command = command.Parent as CommandResult)
        {
            if (command.Command is not RootCommand)
            {
                names.Insert(0, command.Command.Name);
            }
        }

        // Without a known command the parser's first complaint is that none was given, which hides the typo.
        var message = names.Count == 0 && parsed.UnmatchedTokens.Count > 0
            ? $"unknown command or option '{parsed.UnmatchedTokens[0]}'"
            : OneLine(parsed.Errors[0].Message);
        return $"suite: {message} (see '{string.Join(' ', names.Prepend("suite"))} --help')";
    }

    /// <summary>What a failure of a command reads as, and the exit code it ends with.</summary>
    public static (int ExitCode, string Line) Describe(Exception exception) => exception switch
    {
        CliException e => (e.ExitCode, $"suite: {OneLine(e.Message)}"),
        _ when TransportFailure.Is(exception) => (ExitCodes.Unreachable, $"suite: {TransportFailure.Describe(exception)}"),
        _ => (ExitCodes.Failure, $"suite: {exception.GetType().Name}: {OneLine(exception.Message)}"),
    };

    private static string OneLine(string text) => text.Trim().ReplaceLineEndings(" ");

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
