using System.Text.Json;

namespace Suite.Integration.RabbitMq.Tests.EndToEnd;

/// <summary>
/// SIGKILL in the middle of a deployment, then a restart: the deployment completes, and its
/// history holds each transition exactly once, the same transitions as a deployment of the same
/// plan nobody killed (state, history and outgoing messages commit together; commands are consumed
/// once through the inbox; waits live in PostgreSQL). Nothing is left undelivered in the outbox,
/// and nothing went to an error queue.
/// </summary>
[Collection(PostgresDistributedSuiteCollection.Name)]
public sealed class When_a_process_is_killed_mid_deployment(PostgresDistributedSuite suite)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(3);
    private readonly DeploymentDriver _driver = new(suite);

    [Fact]
    public async Task Should_finish_after_the_Orchestrator_is_killed_and_restarted()
    {
        var errors = await suite.ErrorQueueCounts();
        var baseline = await Baseline();
        var id = await KillAfterFirstStep("Orchestrator", "shop:v3");

        await AssertLikeTheBaseline(id, baseline, errors);
    }

    [Fact]
    public async Task Should_finish_after_the_Rollout_service_is_killed_and_restarted()
    {
        var errors = await suite.ErrorQueueCounts();
        var baseline = await Baseline();
        var id = await KillAfterFirstStep("Rollout", "shop:v4");

        await AssertLikeTheBaseline(id, baseline, errors);
    }

    [Fact]
    public async Task Should_deliver_what_the_Orchestrator_committed_before_it_was_killed_and_not_yet_sent()
    {
        var errors = await suite.ErrorQueueCounts();
        var baseline = await Baseline();
        var marker = Path.Combine(Path.GetTempPath(), $"suite-kill-after-commit-{Guid.NewGuid():N}");
        await suite.KillAndRestart("Orchestrator", new Dictionary<string, string> { ["SUITE_TEST_KILL_AFTER_COMMIT"] = $"RolloutStepApplied|{marker}" });

        var id = await _driver.Request(Request("shop:v5"));
        await suite.RestartAfterItDied("Orchestrator", Deadline);

        Assert.True(File.Exists(marker), "the Orchestrator was killed between a commit and its delivery");
        File.Delete(marker);
        await AssertLikeTheBaseline(id, baseline, errors);
    }

    // A deployment of the same plan that nobody killed: its transitions, in order.
    private Task<IReadOnlyList<string>> Baseline() => suite.Once<IReadOnlyList<string>>("unkilled shop:v2", async () =>
    {
        var id = await _driver.Request(Request("shop:v2"));
        var report = await _driver.WaitUntilFinished(id, Deadline);
        Assert.True(report.State == "Succeeded", $"{report.State}: {report.LastError}\n{suite.DescribeServices()}");
        return await Transitions(id);
    });

    private static DeploymentRequested Request(string image) =>
        DeploymentDriver.NewRequest(image) with { Replicas = 4, MaxSurge = "1", MaxUnavailable = "0" };

    private async Task<Guid> KillAfterFirstStep(string service, string image)
    {
        var request = Request(image);
        await _driver.Request(request);
        await suite.Events.WaitFor<DeploymentStepCompleted>(e => e.DeploymentId == request.DeploymentId && e.Step == 1, Deadline);
        await suite.KillAndRestart(service);
        return request.DeploymentId;
    }

    private async Task AssertLikeTheBaseline(Guid id, IReadOnlyList<string> baseline, IReadOnlyDictionary<string, uint> errorsBefore)
    {
        var report = await _driver.WaitUntilFinished(id, Deadline);
        Assert.True(report.State == "Succeeded", $"{report.State}: {report.LastError}\n{suite.DescribeServices()}");

        var history = await _driver.History(id);
        Assert.Equal(Enumerable.Range(1, history.Entries.Count).Select(v => (long)v), history.Entries.Select(e => e.Version));
        Assert.Equal(baseline, await Transitions(id));
        foreach (var type in new[] { "StepStarted", "StepRolledOut", "StepDrained" })
        {
            var steps = history.Entries.Where(e => e.Type == type).Select(StepIndex).ToList();
            Assert.True(steps.SequenceEqual(Enumerable.Range(1, report.TotalSteps)),
                $"{type} for steps [{string.Join(", ", steps)}], expected each of 1..{report.TotalSteps} once");
        }

        var verified = (await suite.Bus.GetRequiredService<IRequestClient<VerifyDeploymentHistory>>()
            .GetResponse<DeploymentHistoryVerified>(new VerifyDeploymentHistory { DeploymentId = id })).Message;
        Assert.True(verified.IsIntact, verified.Problem);
        await AssertNothingLeftUndelivered();
        Assert.Equal(errorsBefore, await suite.ErrorQueueCounts());
    }

    // The history up to the deployment's end (what follows, such as the retirement of the old version, runs on its own clock).
    private async Task<IReadOnlyList<string>> Transitions(Guid id)
    {
        var types = (await _driver.History(id)).Entries.Select(e => e.Type).ToList();
        return types.Take(types.IndexOf("Succeeded") + 1).ToList();
    }

    private async Task AssertNothingLeftUndelivered()
    {
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(30);
        long left;
        do
        {
            left = (long)(await suite.Scalar(
                "SELECT count(*) FROM {schema}.inbox_state WHERE consumed_at IS NOT NULL AND delivered_at IS NULL"))!
                + (long)(await suite.Scalar(
                    "SELECT count(*) FROM {schema}.outbox_message o JOIN {schema}.inbox_state i ON i.message_id = o.inbox_message_id " +
                    "AND i.consumer_id = o.inbox_consumer_id WHERE i.delivered_at IS NULL"))!;
            if (left == 0)
            {
                return;
            }

            await Task.Delay(250);
        }
        while (TimeProvider.System.GetUtcNow() < deadline);

        Assert.Fail($"{left} consumed messages or outbox rows were still undelivered 30 s after the deployment ended");
    }

    private static int StepIndex(DeploymentHistoryEntry e) => JsonDocument.Parse(e.Data).RootElement.GetProperty("stepIndex").GetInt32();
}
