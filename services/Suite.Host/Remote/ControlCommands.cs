using Suite.Host.Cli;

namespace Suite.Host.Remote;

/// <summary><c>suite pause|resume|abort|promote ID</c>: publish the control command, then show where the deployment stands.</summary>
public static class ControlCommands
{
    public static IEnumerable<Command> All()
    {
        yield return Create("pause", "Hold a deployment at its next step boundary",
            (id, by, reason, _) => new PauseDeployment { DeploymentId = id, RequestedBy = by, Reason = reason, RequestedAt = TimeProvider.System.GetUtcNow() });
        yield return Create("resume", "Let a paused deployment go on",
            (id, by, reason, _) => new ResumeDeployment { DeploymentId = id, RequestedBy = by, Reason = reason, RequestedAt = TimeProvider.System.GetUtcNow() });
        yield return Create("abort", "Stop a deployment at once; one that changed the cluster is rolled back",
            (id, by, reason, _) => new AbortDeployment { DeploymentId = id, RequestedBy = by, Reason = reason, RequestedAt = TimeProvider.System.GetUtcNow() });
        var full = new Option<bool>("--full") { Description = "Also skip every remaining pause, stabilization wait and analysis (the final gate still runs)" };
        yield return Create("promote", "End the current pause (a pause step, a wait for promotion, or a pause not taken yet)",
            (id, by, reason, result) => new PromoteDeployment
            {
                DeploymentId = id, RequestedBy = by, Reason = reason, Full = result.GetValue(full), RequestedAt = TimeProvider.System.GetUtcNow(),
            }, full);
    }

    private static Command Create(string name, string description, Func<Guid, string, string?, ParseResult, object> message, params Option[] extra)
    {
        var id = new Argument<Guid>("deployment-id") { Description = "The deployment's id" };
        var by = new Option<string>("--requested-by") { Description = "Who asks (default: $USER)", DefaultValueFactory = _ => Environment.UserName };
        var reason = new Option<string?>("--reason") { Description = "Why: goes into the history" };
        var remote = new RemoteOptions();
        var command = new Command(name, description) { id, by, reason };
        foreach (var option in extra)
        {
            command.Add(option);
        }

        remote.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var suite = await remote.Connect(result, ct);
            var deploymentId = result.GetValue(id);
            var before = await suite.State(deploymentId, ct);
            if (before.IsTerminal)
            {
                throw new CliException($"deployment {deploymentId} has already ended ({before.State}); nothing to {name}");
            }

            await suite.Bus.Publish(message(deploymentId, result.GetValue(by) ?? "", result.GetValue(reason), result), ct);
            AnsiConsole.MarkupLine($"{name} sent to deployment [bold]{deploymentId}[/] (was {Display.ReportView.StateMarkup(before.State)})");
            return ExitCodes.Success;
        });
        return command;
    }
}
