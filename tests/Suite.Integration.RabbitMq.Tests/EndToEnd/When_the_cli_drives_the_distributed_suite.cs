using System.Text.Json;
using System.Text.RegularExpressions;
using Suite.Cluster;
using Suite.Cluster.Simulated;
using Suite.Testing;

namespace Suite.Integration.RabbitMq.Tests.EndToEnd;

/// <summary>
/// The <c>suite</c> CLI, as its own process, against every service running as its own process
/// over RabbitMQ: deploy and follow, status, history, pause, resume and abort.
/// </summary>
[Collection(DistributedSuiteCollection.Name)]
public sealed partial class When_the_cli_drives_the_distributed_suite(DistributedSuite suite)
{
    private static readonly string Cli = Path.Combine(RepositoryRoot.Path, "services", "Suite.Host", "bin", RepositoryRoot.Configuration, "net10.0", "suite.dll");

    [Fact]
    public async Task Should_deploy_follow_it_to_the_end_and_report_it()
    {
        Seed("cart", "cart:1", 2);

        var deploy = await Suite("deploy", "-a", "cart", "-n", "retail", "-i", "cart:2", "-r", "2", "--max-surge", "1", "--max-unavailable", "0",
            "--requested-by", "release-bot", "--reason", "cli test");

        Assert.True(deploy.ExitCode == 0, $"exit {deploy.ExitCode}: {deploy.Error}\n{deploy.Output}");
        Assert.Contains("Succeeded", deploy.Output);
        var id = IdIn(deploy.Output);

        var status = await Suite("status", id, "--json");
        using var report = JsonDocument.Parse(status.Output);
        Assert.Equal(("Succeeded", "cart:2", "cart:1"),
            (report.RootElement.GetProperty("state").GetString(), report.RootElement.GetProperty("image").GetString(), report.RootElement.GetProperty("previousImage").GetString()));

        var history = await Suite("history", id);
        Assert.Equal(0, history.ExitCode);
        Assert.Contains("RequestAccepted", history.Output);
        Assert.Contains("release-bot (cli test)", history.Output);
        Assert.Contains("Succeeded", history.Output);

        var pause = await Suite("pause", id);
        Assert.Equal(1, pause.ExitCode);
        Assert.Equal($"suite: deployment {id} has already ended (Succeeded); nothing to pause", Assert.Single(pause.ErrorLines));
    }

    [Fact]
    public async Task Should_hold_a_paused_deployment_at_a_step_boundary_until_resumed()
    {
        Seed("basket", "basket:1", 3);
        suite.Cluster.SetVersionBehaviour("basket:2", new VersionBehaviour(0.002, 120, StartupDelay: TimeSpan.FromSeconds(2)));
        var id = IdIn((await Suite("deploy", "-a", "basket", "-n", "retail", "-i", "basket:2", "-r", "3", "--max-surge", "1", "--max-unavailable", "0", "--no-wait")).Output);

        var pause = await Suite("pause", id, "--reason", "watching the dashboards");
        Assert.True(pause.ExitCode == 0, pause.Error);
        await StateBecomes(id, "Paused");
        var held = await State(id);
        Assert.True(held.GetProperty("step").GetInt32() < 3, "a paused deployment does not go on to its last step");

        Assert.Equal(0, (await Suite("resume", id)).ExitCode);
        await StateBecomes(id, "Succeeded");
        Assert.Contains("paused", (await Suite("history", id)).Output);
    }

    [Fact]
    public async Task Should_roll_back_a_deployment_aborted_after_it_changed_the_cluster()
    {
        Seed("wishlist", "wishlist:1", 2);
        // Pods slow to start keep the first step in RollingOut long enough to be seen and aborted on a busy machine.
        suite.Cluster.SetVersionBehaviour("wishlist:2", new VersionBehaviour(0.002, 120, StartupDelay: TimeSpan.FromSeconds(20)));
        var id = IdIn((await Suite("deploy", "-a", "wishlist", "-n", "retail", "-i", "wishlist:2", "-r", "2", "--max-surge", "1", "--max-unavailable", "0", "--no-wait")).Output);
        await StateBecomes(id, "RollingOut");

        var abort = await Suite("abort", id, "--reason", "wrong build");

        Assert.True(abort.ExitCode == 0, abort.Error);
        await StateBecomes(id, "RolledBack");
        var workload = await suite.Cluster.GetWorkloadAsync(new WorkloadRef("retail", "wishlist"), CancellationToken.None);
        Assert.Equal(2, workload.Version("wishlist:1")!.Ready);
        Assert.Equal(0, workload.Version("wishlist:2")?.Running ?? 0);
    }

    [Fact]
    public async Task Should_wait_for_a_second_person_s_approval_and_refuse_the_requester_s_own()
    {
        Seed("ledger", "ledger:1", 2);
        var id = IdIn((await Suite("deploy", "-a", "ledger", "-n", "retail", "-i", "ledger:2", "-r", "2", "--max-surge", "1", "--max-unavailable", "0",
            "-e", "production", "--compliance-profile", TestProfiles.FourEyes, "--requested-by", "alice", "--no-wait")).Output);
        await StateBecomes(id, "AwaitingApproval");
        var status = await Suite("status", id);
        Assert.Contains("awaiting approval: four-eyes", status.Output);

        var own = await Suite("approve", id, "--approver", "alice", "--reason", "looks fine to me");
        Assert.Equal(1, own.ExitCode);
        Assert.Equal("suite: cannot approve: 'alice' requested this deployment and cannot approve it: a second person must", Assert.Single(own.ErrorLines));

        var approved = await Suite("approve", id, "--approver", "bob", "--reason", "CAB-1142 reviewed");
        Assert.True(approved.ExitCode == 0, approved.Error);
        Assert.Contains("approved by bob (CAB-1142 reviewed)", approved.Output);
        await StateBecomes(id, "Succeeded");
        Assert.Contains("approved by bob", (await Suite("history", id)).Output);
    }

    [Fact]
    public async Task Should_say_in_one_line_that_a_deployment_does_not_exist()
    {
        var status = await Suite("status", Guid.NewGuid().ToString());

        Assert.Equal(4, status.ExitCode);
        Assert.StartsWith("suite: no deployment ", Assert.Single(status.ErrorLines));
    }

    private void Seed(string application, string image, int replicas)
    {
        suite.Cluster.Seed(new WorkloadRef("retail", application), image, replicas);
        suite.Cluster.SetTraffic(new WorkloadRef("retail", application), 100);
    }

    private Task<CliProcess.Result> Suite(params string[] args) =>
        CliProcess.Run(Cli, [.. args, "--rabbitmq", $"amqp://guest:guest@127.0.0.1:{suite.RabbitMqPort}/"]);

    private async Task<JsonElement> State(string id)
    {
        var status = await Suite("status", id, "--json");
        Assert.True(status.ExitCode == 0, status.Error);
        return JsonDocument.Parse(status.Output).RootElement.Clone();
    }

    private async Task StateBecomes(string id, string state)
    {
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(60);
        var seen = "";
        while (TimeProvider.System.GetUtcNow() < deadline)
        {
            seen = (await State(id)).GetProperty("state").GetString() ?? "";
            if (seen == state)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException($"deployment {id} never reached {state}; last {seen}");
    }

    private static string IdIn(string output) =>
        DeploymentIdLine().Match(output) is { Success: true } m ? m.Groups[1].Value : throw new Xunit.Sdk.XunitException($"no deployment id in: {output}");

    [GeneratedRegex(@"deployment ([0-9a-f-]{36}) requested")]
    private static partial Regex DeploymentIdLine();
}
