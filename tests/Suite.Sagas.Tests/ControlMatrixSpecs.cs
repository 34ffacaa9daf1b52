using Suite.Contracts.Compliance;
using Suite.Sagas.History;

namespace Suite.Sagas.Tests;

/// <summary>
/// Every state × every control command has a defined outcome: the state the deployment is in once
/// the command is handled, and the first history event it recorded (none when the command does
/// nothing there). docs/control.md shows the same table.
/// </summary>
public sealed class When_a_control_command_arrives_in_any_state
{
    public static readonly string[] Commands = ["Pause", "Resume", "Promote", "PromoteFull", "Abort", "Retry", "Revert", "Approve", "Override"];

    // situation: outcome per command in the order of Commands; "State" = nothing recorded, "State+Event" = Event recorded first.
    private static readonly Dictionary<string, string[]> Matrix = new()
    {
        ["CheckingWindow"] = InFlight("CheckingWindow", "Aborted"),
        ["AwaitingWindow"] = ["Paused+PauseRequested", "AwaitingWindow", "AwaitingWindow", "AwaitingWindow+Promoted", "Aborted+AbortRequested", "AwaitingWindow+ControlRefused", "AwaitingWindow+ControlRefused", "AwaitingWindow+ApprovalGranted", "Succeeded+WindowOverridden"],
        ["AwaitingApproval"] = ["Paused+PauseRequested", "AwaitingApproval", "AwaitingApproval", "AwaitingApproval+Promoted", "Aborted+AbortRequested", "AwaitingApproval+ControlRefused", "AwaitingApproval+ControlRefused", "Succeeded+ApprovalGranted", "Succeeded+WindowOverridden"],
        ["Holding before a step"] = ["Paused+PauseRequested", "AwaitingWindow", "AwaitingWindow", "AwaitingWindow+Promoted", "RolledBack+AbortRequested", "AwaitingWindow+ControlRefused", "AwaitingWindow+ControlRefused", "AwaitingWindow+ApprovalGranted", "Succeeded+WindowOverridden"],
        ["AnalyzingTraffic"] = InFlight("AnalyzingTraffic", "Aborted"),
        ["Planning"] = InFlight("Planning", "Aborted"),
        ["Preflight"] = InFlight("Preflight", "Aborted"),
        ["RollingOut"] = InFlight("RollingOut", "RolledBack"),
        ["Draining"] = InFlight("Draining", "RolledBack"),
        ["Routing"] = InFlight("Routing", "RolledBack"),
        ["Stabilizing"] = ["Paused+PauseRequested", "Stabilizing", "Stabilizing", "Succeeded+Promoted", "RolledBack+AbortRequested", "Stabilizing+ControlRefused", "Stabilizing+ControlRefused", "Stabilizing+ApprovalGranted", "Stabilizing+WindowOverridden"],
        ["Verifying"] = InFlight("Verifying", "RolledBack"),
        ["Observing"] = ["Paused+PauseRequested", "Observing", "Succeeded+Promoted", "Succeeded+Promoted", "RolledBack+AbortRequested", "Observing+ControlRefused", "Observing+ControlRefused", "Observing+ApprovalGranted", "Observing+WindowOverridden"],
        ["Paused by a person"] = ["Paused", "Stabilizing+Resumed", "Stabilizing+Promoted", "Succeeded+Promoted", "RolledBack+AbortRequested", "Paused+ControlRefused", "Paused+ControlRefused", "Paused+ApprovalGranted", "Paused+WindowOverridden"],
        ["Paused waiting for promotion"] = ["Paused", "Succeeded+Resumed", "Succeeded+Promoted", "Succeeded+Promoted", "RolledBack+AbortRequested", "Paused+ControlRefused", "Paused+ControlRefused", "Paused+ApprovalGranted", "Paused+WindowOverridden"],
        ["RollingBack"] = ["RollingBack", "RollingBack", "RollingBack", "RollingBack", "RollingBack", "RollingBack+ControlRefused", "RollingBack+ControlRefused", "RollingBack", "RollingBack"],
        ["Succeeded in the rollback window"] = Ended("Succeeded", retry: "Succeeded+ControlRefused", revert: "RolledBack+RevertRequested"),
        ["Succeeded without a warm version"] = Ended("Succeeded", retry: "Succeeded+ControlRefused", revert: "Succeeded+ControlRefused"),
        ["RolledBack"] = Ended("RolledBack", retry: "RolledBack+Retried", revert: "RolledBack+ControlRefused"),
        ["Failed"] = Ended("Failed", retry: "Failed+Retried", revert: "Failed+ControlRefused"),
        ["Aborted"] = Ended("Aborted", retry: "Aborted+Retried", revert: "Aborted+ControlRefused"),
        ["Rejected"] = Ended("Rejected", retry: "Rejected+ControlRefused", revert: "Rejected+ControlRefused"),
    };

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var situation in ControlSituation.All)
        {
            foreach (var command in Commands)
            {
                cases.Add(situation.Name, command);
            }
        }

        return cases;
    }

    [Fact]
    public void Should_define_an_outcome_for_every_state_and_command() =>
        Assert.Equal(ControlSituation.All.Select(s => s.Name).Order(), Matrix.Keys.Order());

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Should_have_its_defined_outcome(string situationName, string command)
    {
        var situation = ControlSituation.All.Single(s => s.Name == situationName);
        var outcome = Matrix[situationName][Array.IndexOf(Commands, command)].Split('+');
        await using var host = await SagaTestHost.Start(situation.Script);
        var id = await situation.Reach(host);
        var before = (await host.History(id)).Count;

        await Send(host, id, command);

        await host.InState(id, m => m.GetState(outcome[0]));
        var recorded = (await host.History(id)).Skip(before).Select(HistoryEventTypes.NameOf).ToList();
        Assert.Equal(outcome.Length > 1 ? outcome[1] : "(nothing)", recorded.FirstOrDefault() ?? "(nothing)");
    }

    private static Task Send(SagaTestHost host, Guid id, string command) => command switch
    {
        "Pause" => host.Send(new PauseDeployment { DeploymentId = id, RequestedBy = "dora" }),
        "Resume" => host.Send(new ResumeDeployment { DeploymentId = id, RequestedBy = "dora" }),
        "Promote" => host.Send(new PromoteDeployment { DeploymentId = id, RequestedBy = "dora" }),
        "PromoteFull" => host.Send(new PromoteDeployment { DeploymentId = id, RequestedBy = "dora", Full = true }),
        "Abort" => host.Send(new AbortDeployment { DeploymentId = id, RequestedBy = "dora" }),
        "Retry" => host.Send(new RetryDeployment { DeploymentId = id, NewDeploymentId = NewId.NextGuid(), RequestedBy = "dora" }),
        "Revert" => host.Send(new RevertDeployment { DeploymentId = id, RequestedBy = "dora" }),
        "Approve" => host.Send(new ApproveDeployment { DeploymentId = id, Approver = "dora", Reason = "reviewed" }),
        "Override" => host.Send(new OverrideComplianceWindow { DeploymentId = id, Approver = "dora", Reason = "incident 4711" }),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, null),
    };

    /// <summary>A state waiting for a service's answer: a pause is taken at the answer, promote only matters to a pending pause, abort acts at once.</summary>
    private static string[] InFlight(string state, string aborted) =>
        [$"{state}+PauseRequested", state, state, $"{state}+Promoted", $"{aborted}+AbortRequested", $"{state}+ControlRefused", $"{state}+ControlRefused",
            $"{state}+ApprovalGranted", $"{state}+WindowOverridden"];

    private static string[] Ended(string state, string retry, string revert) => [state, state, state, state, state, retry, revert, state, state];
}
