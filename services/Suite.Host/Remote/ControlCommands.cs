using Suite.Host.Cli;

namespace Suite.Host.Remote;

/// <summary><c>suite pause|resume|abort|promote ID</c>: publish the control command, then show where the deployment stands.</summary>
public static class ControlCommands
{
    public static IEnumerable<Command> All()
    {
        yield return Create("pause", "Hold a deployment at its next step boundary",
            (id, by, reason) => new PauseDeployment { DeploymentId = id, RequestedBy = by, Reason = reason, RequestedAt = TimeProvider.System.GetUtcNow() });
        yield return Create("resume", "Let a paused deployment go on",
            (id, by, reason) => new ResumeDeployment { DeploymentId = id, RequestedBy = by, Reason = reason, RequestedAt = TimeProvider.System.GetUtcNow() });
        yield return Create("abort", "Stop a deployment at once; one that changed the cluster is rolled back",
            (id, by, reason) => new AbortDeployment { DeploymentId = id, RequestedBy = by, Reason = reason, RequestedAt = TimeProvider.System.GetUtcNow() });
        yield return Create("promote", "Let a paused deployment go on, or cancel a pause that has not taken effect yet",
            (id, by, reason) => new PromoteDeployment { DeploymentId = id, RequestedBy = by, Reason = reason, RequestedAt = TimeProvider.System.GetUtcNow() });
    }

    private static Command Create(string name, string description, Func<Guid, string, string?, object> message)
    {
        var id = new Argument<Guid>("deployment-id") { Description = "The deployment's id" };
        var by = new Option<string>("--requested-by") { Description = "Who asks (default: $USER)", DefaultValueFactory = _ => Environment.UserName };
        var reason = new Option<string?>("--reason") { Description = "Why: goes into the history" };
        var remote = new RemoteOptions();
        var command = new Command(name, description) { id, by, reason };
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

            await suite.Bus.Publish(message(deploymentId, result.GetValue(by) ?? "", result.GetValue(reason)), ct);
            AnsiConsole.MarkupLine($"{name} sent to deployment [bold]{deploymentId}[/] (was {Display.ReportView.StateMarkup(before.State)})");
            return ExitCodes.Success;
        });
        return command;
    }
}
