using Suite.Contracts.Compliance;
using Suite.Host.Cli;
using Suite.Host.Display;

namespace Suite.Host.Remote;

/// <summary>
/// <c>suite approve ID</c> and <c>suite override ID</c>: a second person's approval, and an emergency
/// override of a closed compliance window. Each checks what it can before sending, then waits for the
/// saga to record the approval or override, or its refusal, and says which.
/// </summary>
public static class ComplianceCommands
{
    private static readonly TimeSpan AnswerWithin = TimeSpan.FromSeconds(10);

    public static Command Approve() => Create("approve", "Approve a deployment its compliance profile holds for a second person's approval",
        "ApprovalGranted", "ApprovalRefused",
        (report, approver, reason) => ApprovalPolicy.CheckApproval(report.RequestedBy, approver, reason),
        (id, approver, reason) => new ApproveDeployment { DeploymentId = id, Approver = approver, Reason = reason, RequestedAt = TimeProvider.System.GetUtcNow() });

    public static Command Override() => Create("override",
        "Emergency override: let one deployment through a closed compliance window (recorded, and announced as Critical)",
        "WindowOverridden", "OverrideRefused",
        (report, approver, reason) => ApprovalPolicy.CheckOverride(true, false, report.RequestedBy, approver, reason),
        (id, approver, reason) => new OverrideComplianceWindow
        {
            DeploymentId = id, Approver = approver, Reason = reason, RequestedAt = TimeProvider.System.GetUtcNow(),
        });

    private static Command Create(string name, string description, string accepted, string refused,
        Func<DeploymentStateReport, string, string, ApprovalCheck> check, Func<Guid, string, string, object> message)
    {
        var id = new Argument<Guid>("deployment-id") { Description = "The deployment's id" };
        var approver = new Option<string>("--approver") { Description = "Who approves (default: $USER)", DefaultValueFactory = _ => Environment.UserName };
        var reason = new Option<string>("--reason") { Description = "Why: required, and recorded in the history", Required = true };
        var remote = new RemoteOptions();
        var command = new Command(name, description) { id, approver, reason };
        remote.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var suite = await remote.Connect(result, ct);
            var (deploymentId, by, why) = (result.GetValue(id), result.GetValue(approver) ?? "", result.GetValue(reason) ?? "");
            var before = await suite.State(deploymentId, ct);
            if (before.IsTerminal || before.State == "RollingBack")
            {
                throw new CliException($"deployment {deploymentId} is {before.State}: there is nothing to {name}");
            }

            if (check(before, by, why) is { Accepted: false, Refusal: var refusal })
            {
                throw new CliException($"cannot {name}: {refusal}");
            }

            var seen = (await suite.History(deploymentId, ct)).Entries.Count;
            await suite.Bus.Publish(message(deploymentId, by, why), ct);
            var answer = await Answer(suite, deploymentId, seen, [accepted, refused], ct);
            if (answer.Type == refused)
            {
                throw new CliException(answer.Summary);
            }

            AnsiConsole.MarkupLine($"deployment [bold]{deploymentId}[/]: {Markup.Escape(answer.Summary)}");
            AnsiConsole.MarkupLine(Markup.Escape(ReportView.Line(await suite.State(deploymentId, ct))));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The saga's record of the command: accepted or refused. A deployment that already had one ignores another, so none may come.</summary>
    private static async Task<DeploymentHistoryEntry> Answer(RemoteSuite suite, Guid id, int seen, string[] types, CancellationToken ct)
    {
        var until = TimeProvider.System.GetUtcNow() + AnswerWithin;
        while (TimeProvider.System.GetUtcNow() < until)
        {
            var entry = (await suite.History(id, ct)).Entries.Skip(seen).FirstOrDefault(e => types.Contains(e.Type));
            if (entry is not null)
            {
                return entry;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), TimeProvider.System, ct);
        }

        throw new CliException(
            $"deployment {id} recorded nothing within {AnswerWithin.TotalSeconds:0} s: it may have been approved or overridden already; see 'suite status {id}'",
            ExitCodes.Unreachable);
    }
}
