using Suite.Host.Display;
using Suite.Host.Remote;

namespace Suite.Host.Cli;

/// <summary><c>suite retry ID</c>: runs a deployment that ended Failed, RolledBack or Aborted again as a new one, and follows it like deploy.</summary>
public static class RetryCommand
{
    public static Command Create()
    {
        var id = new Argument<Guid>("deployment-id") { Description = "The deployment to run again" };
        var by = new Option<string>("--requested-by") { Description = "Who asks (default: $USER)", DefaultValueFactory = _ => Environment.UserName };
        var reason = new Option<string?>("--reason") { Description = "Why: goes into both histories" };
        var newId = new Option<Guid?>("--new-deployment-id") { Description = "Id of the new deployment (default: a new one)" };
        var noWait = new Option<bool>("--no-wait") { Description = "Print the new deployment's id and return at once" };
        var remote = new RemoteOptions();
        var command = new Command("retry", "Run a deployment that failed, rolled back or was aborted again, with the same request") { id, by, reason, newId, noWait };
        remote.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var suite = await remote.Connect(result, ct);
            var old = await suite.State(result.GetValue(id), ct);
            if (ControlChecks.Retry(old) is { } refusal)
            {
                throw new CliException($"cannot retry: {refusal}");
            }

            var retry = new RetryDeployment
            {
                DeploymentId = old.DeploymentId, NewDeploymentId = result.GetValue(newId) ?? NewId.NextGuid(), RequestedBy = result.GetValue(by) ?? "",
                Reason = result.GetValue(reason), RequestedAt = TimeProvider.System.GetUtcNow(),
            };
            await suite.Bus.Publish(retry, ct);
            AnsiConsole.MarkupLine($"deployment {old.DeploymentId} ({ReportView.StateMarkup(old.State)}) retried as [bold]{retry.NewDeploymentId}[/]");
            if (result.GetValue(noWait))
            {
                return ExitCodes.Success;
            }

            var follower = new DeploymentFollower((deploymentId, token) => suite.State(deploymentId, token), TimeSpan.FromMilliseconds(500));
            var final = (await follower.Follow([(retry.NewDeploymentId, old.Application)], ct))[retry.NewDeploymentId];
            AnsiConsole.Write(ReportView.Table(final));
            return final.State == "Succeeded" ? ExitCodes.Success : ExitCodes.DeploymentNotSucceeded;
        });
        return command;
    }
}
