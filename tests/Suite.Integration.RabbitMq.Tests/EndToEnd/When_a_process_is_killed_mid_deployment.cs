using System.Text.Json;

namespace Suite.Integration.RabbitMq.Tests.EndToEnd;

/// <summary>
/// SIGKILL in the middle of a deployment, then a restart: the deployment completes, and its
/// history holds each transition exactly once (state, history and outgoing messages commit
/// together; commands are consumed once through the inbox; waits live in PostgreSQL).
/// </summary>
[Collection(PostgresDistributedSuiteCollection.Name)]
public sealed class When_a_process_is_killed_mid_deployment(PostgresDistributedSuite suite)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(3);
    private readonly DeploymentDriver _driver = new(suite);

    [Fact]
    public async Task Should_finish_after_the_Orchestrator_is_killed_and_restarted()
    {
        var id = await KillAfterFirstStep("Orchestrator", "shop:v2");

        var report = await _driver.WaitUntilFinished(id, Deadline);

        Assert.True(report.State == "Succeeded", $"{report.State}: {report.LastError}\n{suite.DescribeServices()}");
        await AssertEachTransitionOnce(id, report);
    }

    [Fact]
    public async Task Should_finish_after_the_Rollout_service_is_killed_and_restarted()
    {
        var id = await KillAfterFirstStep("Rollout", "shop:v3");

        var report = await _driver.WaitUntilFinished(id, Deadline);

        Assert.True(report.State == "Succeeded", $"{report.State}: {report.LastError}\n{suite.DescribeServices()}");
        await AssertEachTransitionOnce(id, report);
    }

    private async Task<Guid> KillAfterFirstStep(string service, string image)
    {
        var request = DeploymentDriver.NewRequest(image) with { Replicas = 4, MaxSurge = "1", MaxUnavailable = "0" };
        await _driver.Request(request);
        await suite.Events.WaitFor<DeploymentStepCompleted>(e => e.DeploymentId == request.DeploymentId && e.Step == 1, Deadline);
        await suite.KillAndRestart(service);
        return request.DeploymentId;
    }

    private async Task AssertEachTransitionOnce(Guid id, DeploymentStateReport report)
    {
        var history = await _driver.History(id);
        var types = history.Entries.Select(e => e.Type).ToList();
        Assert.Equal(Enumerable.Range(1, history.Entries.Count).Select(v => (long)v), history.Entries.Select(e => e.Version));
        Assert.Single(types, "RequestAccepted");
        Assert.Single(types, "PlanMade");
        Assert.Single(types, "Succeeded");
        foreach (var type in new[] { "StepStarted", "StepRolledOut", "StepDrained" })
        {
            var steps = history.Entries.Where(e => e.Type == type).Select(StepIndex).ToList();
            Assert.True(steps.SequenceEqual(Enumerable.Range(1, report.TotalSteps)),
                $"{type} for steps [{string.Join(", ", steps)}], expected each of 1..{report.TotalSteps} once");
        }

        var gates = history.Entries.Where(e => e.Type == "GatePassed").Select(e => (Stage(e), StepIndex(e))).ToList();
        Assert.Equal(gates.Count, gates.Distinct().Count());
        var verified = (await suite.Bus.GetRequiredService<IRequestClient<VerifyDeploymentHistory>>()
            .GetResponse<DeploymentHistoryVerified>(new VerifyDeploymentHistory { DeploymentId = id })).Message;
        Assert.True(verified.IsIntact, verified.Problem);
    }

    private static int StepIndex(DeploymentHistoryEntry e) => JsonDocument.Parse(e.Data).RootElement.GetProperty("stepIndex").GetInt32();

    private static string Stage(DeploymentHistoryEntry e) => JsonDocument.Parse(e.Data).RootElement.GetProperty("stage").GetString()!;
}
