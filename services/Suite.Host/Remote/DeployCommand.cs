using Suite.Host.Cli;
using Suite.Host.Display;
using Suite.Sagas.Deployments;

namespace Suite.Host.Remote;

/// <summary><c>suite deploy</c>: publishes DeploymentRequested and follows it to the end.</summary>
public static class DeployCommand
{
    public static Command Create()
    {
        var request = new RequestOptions();
        var strategy = new Planning.StrategyOptions();
        var acceptDowntime = new Option<bool>("--accept-downtime") { Description = "Recreate: allow its downtime in a production environment" };
        var progressDeadline = new Option<string?>("--progress-deadline") { Description = "Fail and roll back when a step makes no progress this long (default 600s)" };
        var rollbackWindow = new Option<string?>("--rollback-window") { Description = "Keep the previous version warm this long after success (default 5m)" };
        var remote = new RemoteOptions();
        var noWait = new Option<bool>("--no-wait") { Description = "Print the deployment id and return at once" };
        var id = new Option<Guid?>("--deployment-id") { Description = "Use this id (default: a new one); a second request with the same id is a duplicate" };
        var command = new Command("deploy", "Deploy a new version through a running Suite and follow it live");
        request.AddTo(command);
        strategy.AddTo(command);
        command.Add(acceptDowntime);
        command.Add(progressDeadline);
        command.Add(rollbackWindow);
        remote.AddTo(command);
        command.Add(noWait);
        command.Add(id);
        command.SetAction(async (result, ct) =>
        {
            var message = strategy.Apply(result, request.Read(result, result.GetValue(id) ?? NewId.NextGuid(), TimeProvider.System.GetUtcNow())) with
            {
                AcceptDowntime = result.GetValue(acceptDowntime),
                ProgressDeadline = result.GetValue(progressDeadline),
                RollbackWindow = result.GetValue(rollbackWindow),
            };
            var errors = RequestValidation.Validate(message);
            if (errors.Count > 0)
            {
                throw new CliException("cannot deploy: " + string.Join("; ", errors));
            }

            await using var suite = await remote.Connect(result, ct);
            await suite.Bus.Publish(message, ct);
            AnsiConsole.MarkupLine($"deployment [bold]{message.DeploymentId}[/] requested: {Markup.Escape($"{message.Namespace}/{message.Application} → {message.Image}")}");
            if (result.GetValue(noWait))
            {
                return ExitCodes.Success;
            }

            var follower = new DeploymentFollower((deploymentId, token) => suite.State(deploymentId, token), TimeSpan.FromMilliseconds(500));
            var final = (await follower.Follow([(message.DeploymentId, message.Application)], ct))[message.DeploymentId];
            AnsiConsole.Write(ReportView.Table(final));
            return final.State == "Succeeded" ? ExitCodes.Success : ExitCodes.DeploymentNotSucceeded;
        });
        return command;
    }
}
