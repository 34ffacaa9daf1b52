using System.Text.Json;
using Suite.Cluster;

namespace Suite.Integration.RabbitMq.Tests.EndToEnd;

/// <summary>
/// Two Orchestrator processes consume the saga's queue (and host a scheduler each) over RabbitMQ and
/// PostgreSQL. Several deployments at once all finish, each transition of each recorded exactly once.
/// </summary>
[Collection(PostgresDistributedSuiteCollection.Name)]
public sealed class When_two_orchestrators_share_the_queue(PostgresDistributedSuite suite)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(4);
    private readonly DeploymentDriver _driver = new(suite);

    [Fact]
    public async Task Should_finish_every_deployment_with_each_transition_once()
    {
        var errors = await suite.ErrorQueueCounts();
        var applications = Enumerable.Range(1, 5).Select(i => $"catalog-{i}").ToList();
        foreach (var application in applications)
        {
            suite.Cluster.Seed(new WorkloadRef("retail", application), $"{application}:1", 3);
            suite.Cluster.SetTraffic(new WorkloadRef("retail", application), 100);
        }

        await using var second = await suite.StartAnother("Orchestrator");
        var requests = applications.Select(a => DeploymentDriver.NewRequest($"{a}:2") with
        {
            Application = a, Replicas = 3, MaxSurge = "1", MaxUnavailable = "0",
        }).ToList();
        await Task.WhenAll(requests.Select(_driver.Request));
        var reports = await Task.WhenAll(requests.Select(r => _driver.WaitUntilFinished(r.DeploymentId, Deadline)));

        Assert.All(reports, r => Assert.True(r.State == "Succeeded", $"{r.Application}: {r.State} {r.LastError}\n{suite.DescribeServices()}"));
        var histories = await Task.WhenAll(requests.Select(r => _driver.History(r.DeploymentId)));
        var first = Transitions(histories[0]);
        foreach (var (history, report) in histories.Zip(reports))
        {
            Assert.Equal(Enumerable.Range(1, history.Entries.Count).Select(v => (long)v), history.Entries.Select(e => e.Version));
            Assert.Equal(first, Transitions(history));
            var steps = history.Entries.Where(e => e.Type == "StepRolledOut").Select(StepIndex).ToList();
            Assert.Equal(Enumerable.Range(1, report.TotalSteps), steps);
        }

        Assert.Equal(errors, await suite.ErrorQueueCounts());
    }

    private static List<string> Transitions(DeploymentHistoryReport history)
    {
        var types = history.Entries.Select(e => e.Type).ToList();
        return types.Take(types.IndexOf("Succeeded") + 1).ToList();
    }

    private static int StepIndex(DeploymentHistoryEntry e) => JsonDocument.Parse(e.Data).RootElement.GetProperty("stepIndex").GetInt32();
}
