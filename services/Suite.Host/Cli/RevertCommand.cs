using Suite.Host.Display;
using Suite.Host.Remote;

namespace Suite.Host.Cli;

/// <summary>
/// <c>suite revert ID</c>: inside a succeeded deployment's rollback window, switches traffic back to
/// the previous version (still warm) and follows the rollback to its end.
/// </summary>
public static class RevertCommand
{
    public static Command Create()
    {
        var id = new Argument<Guid>("deployment-id") { Description = "The deployment that succeeded" };
        var by = new Option<string>("--requested-by") { Description = "Who asks (default: $USER)", DefaultValueFactory = _ => Environment.UserName };
        var reason = new Option<string?>("--reason") { Description = "Why: goes into the history" };
        var noWait = new Option<bool>("--no-wait") { Description = "Send the revert and return at once" };
        var remote = new RemoteOptions();
        var command = new Command("revert", "Put the previous version back after a deployment succeeded (a traffic switch inside its rollback window)")
        {
            id, by, reason, noWait,
        };
        remote.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var suite = await remote.Connect(result, ct);
            var before = await suite.State(result.GetValue(id), ct);
            if (ControlChecks.Revert(before, TimeProvider.System.GetUtcNow()) is { } refusal)
            {
                throw new CliException($"cannot revert: {refusal}");
            }

            var seen = (await suite.History(before.DeploymentId, ct)).Entries.Count;
            await suite.Bus.Publish(new RevertDeployment
            {
                DeploymentId = before.DeploymentId, RequestedBy = result.GetValue(by) ?? "", Reason = result.GetValue(reason),
                RequestedAt = TimeProvider.System.GetUtcNow(),
            }, ct);
            AnsiConsole.MarkupLine($"revert sent to deployment [bold]{before.DeploymentId}[/]: {Markup.Escape($"{before.Image} → {before.PreviousImage}")}");
            if (result.GetValue(noWait))
            {
                return ExitCodes.Success;
            }

            await Started(suite, before.DeploymentId, seen, ct);
            var follower = new DeploymentFollower((deploymentId, token) => suite.State(deploymentId, token), TimeSpan.FromMilliseconds(500));
            var final = (await follower.Follow([(before.DeploymentId, before.Application)], ct))[before.DeploymentId];
            AnsiConsole.Write(ReportView.Table(final));
            return final.State == "RolledBack" ? ExitCodes.Success : ExitCodes.DeploymentNotSucceeded;
        });
        return command;
    }

    /// <summary>
    /// Waits until the saga took the revert up (a rollback decided) or refused it (the refusal in its
    /// history): until then the deployment still reads Succeeded, which a follower takes for the end.
    /// </summary>
    private static async Task Started(RemoteSuite suite, Guid id, int seen, CancellationToken ct)
    {
        for (var asked = 0; asked < 40; asked++)
        {
            if ((await suite.State(id, ct)).RollbackDecidedAt is not null)
            {
                return;
            }

            var refused = (await suite.History(id, ct)).Entries.Skip(seen).FirstOrDefault(e => e.Type == "ControlRefused");
            if (refused is not null)
            {
                throw new CliException(refused.Summary);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), TimeProvider.System, ct);
        }

        throw new CliException($"deployment {id} did not take the revert up within 10 s; see 'suite history {id}'", ExitCodes.Unreachable);
    }
}
