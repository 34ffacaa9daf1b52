using Suite.Host.Cli;
using System.Globalization;
using System.Text.Json;
using Suite.Host.Display;

namespace Suite.Host.Remote;

/// <summary><c>suite list</c>: deployments newest first, from the summary read model.</summary>
public static class ListCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create()
    {
        var application = new Option<string?>("--app") { Description = "Only this application" };
        var environment = new Option<string?>("--env") { Description = "Only this environment" };
        var state = new Option<string?>("--state") { Description = "Only this state (e.g. RollingOut, Succeeded), or 'running' / 'ended'" };
        var since = new Option<DateTimeOffset?>("--since") { Description = "Started at or after this time (ISO 8601, e.g. 2026-11-22T09:00Z)" };
        var until = new Option<DateTimeOffset?>("--until") { Description = "Started before this time" };
        var limit = new Option<int>("--limit") { Description = "Deployments per page (1-200)", DefaultValueFactory = _ => 20 };
        var next = new Option<string?>("--next") { Description = "The token a previous page printed, for the page after it" };
        var json = new Option<bool>("--json") { Description = "Print JSON for machines" };
        var remote = new RemoteOptions();
        var command = new Command("list", "List deployments, newest first (filter by application, environment, state, time; paged)")
        {
            application, environment, state, since, until, limit, next, json,
        };
        remote.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var suite = await remote.Connect(result, ct);
            var list = await suite.List(new ListDeployments
            {
                Application = result.GetValue(application),
                Environment = result.GetValue(environment),
                State = result.GetValue(state),
                StartedAfter = result.GetValue(since),
                StartedBefore = result.GetValue(until),
                Limit = result.GetValue(limit),
                ContinuationToken = result.GetValue(next),
            }, ct);
            if (result.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(list, Json));
                return 0;
            }

            AnsiConsole.Write(DeploymentListView.Table(list));
            if (list.ContinuationToken is { } token)
            {
                AnsiConsole.MarkupLine($"more: [bold]suite list --next {Markup.Escape(token)}[/] (with the same filters)");
            }

            return 0;
        });
        return command;
    }

    /// <summary><c>suite history verify ID</c>: checks the hash chain of a deployment's history.</summary>
    public static Command Verify()
    {
        var id = new Argument<Guid>("deployment-id") { Description = "The deployment's id" };
        var json = new Option<bool>("--json") { Description = "Print JSON for machines" };
        var remote = new RemoteOptions();
        var command = new Command("verify", "Check that a deployment's history is intact (each event's hash covers its predecessor); exit 3 when it is not")
        {
            id, json,
        };
        remote.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var suite = await remote.Connect(result, ct);
            var verified = await suite.Verify(result.GetValue(id), ct);
            if (result.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(verified, Json));
            }
            else if (verified.IsIntact)
            {
                AnsiConsole.MarkupLine($"[green]intact[/]: {verified.EventsChecked.ToString(CultureInfo.InvariantCulture)} events, every link holds");
            }
            else
            {
                AnsiConsole.MarkupLine($"[red]broken at event {verified.FirstBrokenVersion}[/]: {Markup.Escape(verified.Problem ?? "")} " +
                    $"({verified.EventsChecked.ToString(CultureInfo.InvariantCulture)} events before it are intact)");
            }

            return verified.IsIntact ? 0 : ExitCodes.DeploymentNotSucceeded;
        });
        return command;
    }
}
