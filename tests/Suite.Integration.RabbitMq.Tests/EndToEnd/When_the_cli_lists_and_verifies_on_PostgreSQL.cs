using System.Text.Json;
using Suite.Cluster;
using Suite.Testing;

namespace Suite.Integration.RabbitMq.Tests.EndToEnd;

/// <summary>
/// <c>suite list</c> and <c>suite history verify</c> as their own processes, over RabbitMQ, against
/// services that keep their state in PostgreSQL: the summary read model, and the hash chain with the
/// stream's head and the saga as witnesses.
/// </summary>
[Collection(PostgresDistributedSuiteCollection.Name)]
public sealed class When_the_cli_lists_and_verifies_on_PostgreSQL(PostgresDistributedSuite suite)
{
    private static readonly string Cli = Path.Combine(RepositoryRoot.Path, "services", "Suite.Host", "bin", RepositoryRoot.Configuration, "net10.0", "suite.dll");
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(3);
    private readonly DeploymentDriver _driver = new(suite);

    [Fact]
    public async Task Should_list_deployments_newest_first_with_filters()
    {
        var (older, newer) = (await Deployed("ledger"), await Deployed("invoice"));

        var all = await ListedEventually(["--limit", "200"], older, newer);
        var invoices = Ids((await Run("list", "--app", "invoice", "--json")).Output);

        Assert.True(all.IndexOf(newer) < all.IndexOf(older), "newest first");
        Assert.Equal([newer], invoices);
        var table = await Run("list", "--app", "ledger");
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("ledger", table.Output);
        Assert.Contains("Succeeded", table.Output);
    }

    [Fact]
    public async Task Should_verify_a_history_and_report_an_edit_and_a_deleted_tail()
    {
        var edited = await Deployed("payments");
        var truncated = await Deployed("refunds");

        var intact = await Run("history", "verify", edited.ToString());
        await suite.Scalar($"UPDATE {{schema}}.history_event SET data = replace(data::text, 'e2e-test', 'mallory')::json " +
            $"WHERE stream_id = 'deployment-{edited:N}' AND version = 1");
        var afterEdit = await Run("history", "verify", edited.ToString());
        var events = (long)(await suite.Scalar($"SELECT count(*) FROM {{schema}}.history_event WHERE stream_id = 'deployment-{truncated:N}'"))!;
        await suite.Scalar($"DELETE FROM {{schema}}.history_event WHERE stream_id = 'deployment-{truncated:N}' AND version > {events - 2}");
        var afterTruncation = await Run("history", "verify", truncated.ToString(), "--json");

        Assert.True(intact.ExitCode == 0, intact.Error);
        Assert.Contains("intact", intact.Output);
        Assert.Equal(3, afterEdit.ExitCode);
        Assert.Contains("broken at event 1", afterEdit.Output);
        Assert.Equal(3, afterTruncation.ExitCode);
        using var json = JsonDocument.Parse(afterTruncation.Output);
        Assert.False(json.RootElement.GetProperty("isIntact").GetBoolean());
        Assert.Equal(events - 1, json.RootElement.GetProperty("firstBrokenVersion").GetInt64());
    }

    private async Task<Guid> Deployed(string application)
    {
        suite.Cluster.Seed(new WorkloadRef("retail", application), $"{application}:1", 2);
        suite.Cluster.SetTraffic(new WorkloadRef("retail", application), 100);
        var id = await _driver.Request(DeploymentDriver.NewRequest($"{application}:2") with
        {
            Application = application, Replicas = 2, MaxSurge = "1", MaxUnavailable = "0",
        });
        var report = await _driver.WaitUntilFinished(id, Deadline);
        Assert.True(report.State == "Succeeded", $"{report.State}: {report.LastError}");
        return id;
    }

    // The summary read model trails the saga by up to a poll of the projection.
    private async Task<List<Guid>> ListedEventually(string[] args, params Guid[] expected)
    {
        var listed = new List<Guid>();
        for (var i = 0; i < 60; i++)
        {
            var list = await Run(["list", "--json", .. args]);
            Assert.True(list.ExitCode == 0, list.Error);
            listed = Ids(list.Output);
            if (expected.All(listed.Contains))
            {
                return listed;
            }

            await Task.Delay(250);
        }

        throw new Xunit.Sdk.XunitException($"suite list did not show {string.Join(", ", expected)}; it showed {string.Join(", ", listed)}");
    }

    private static List<Guid> Ids(string json)
    {
        using var list = JsonDocument.Parse(json);
        return [.. list.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("deploymentId").GetGuid())];
    }

    private Task<CliProcess.Result> Run(params string[] args) =>
        CliProcess.Run(Cli, [.. args, "--rabbitmq", $"amqp://guest:guest@127.0.0.1:{suite.RabbitMqPort}/"]);
}
