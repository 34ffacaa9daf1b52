using System.Text.Json;
using Suite.Host.Display;

namespace Suite.Host.Remote;

/// <summary><c>suite status</c> and <c>suite history</c>: ask the orchestrator over the bus.</summary>
public static class QueryCommands
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Status()
    {
        var (id, json, remote, command) = Shape("status", "Show a deployment's state: step, traffic weight, replicas, last gate, last error");
        command.SetAction(async (result, ct) =>
        {
            await using var suite = await remote.Connect(result, ct);
            var report = await suite.State(result.GetValue(id), ct);
            if (result.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(report, Json));
            }
            else
            {
                AnsiConsole.Write(ReportView.Table(report));
            }

            return 0;
        });
        return command;
    }

    public static Command History()
    {
        var (id, json, remote, command) = Shape("history", "Show every decision recorded for a deployment, oldest first");
        command.Add(ListCommand.Verify());
        command.SetAction(async (result, ct) =>
        {
            await using var suite = await remote.Connect(result, ct);
            var history = await suite.History(result.GetValue(id), ct);
            if (result.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(history, Json));
            }
            else
            {
                AnsiConsole.Write(HistoryView.Table(history));
            }

            return 0;
        });
        return command;
    }

    private static (Argument<Guid> Id, Option<bool> Json, RemoteOptions Remote, Command Command) Shape(string name, string description)
    {
        var id = new Argument<Guid>("deployment-id") { Description = "The deployment's id" };
        var json = new Option<bool>("--json") { Description = "Print JSON for machines" };
        var remote = new RemoteOptions();
        var command = new Command(name, description) { id, json };
        remote.AddTo(command);
        return (id, json, remote, command);
    }
}
