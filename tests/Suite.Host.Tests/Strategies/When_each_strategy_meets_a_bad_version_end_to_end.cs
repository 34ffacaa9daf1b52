using Suite.Cluster;
using Suite.Cluster.Simulated;

namespace Suite.Host.Tests.Strategies;

public sealed class When_each_strategy_meets_a_bad_version_end_to_end
{
    public static TheoryData<string> Strategies => [DeploymentStrategies.Canary, DeploymentStrategies.BlueGreen, DeploymentStrategies.ABTest];

    [Theory]
    [MemberData(nameof(Strategies))]
    public async Task Should_roll_back_at_the_first_gate_with_all_traffic_back_on_the_old_version(string strategy)
    {
        await using var suite = await EmbeddedSuiteHost.Start();
        var shop = new WorkloadRef("retail", "shop");
        suite.Cluster.Seed(shop, "shop:1", 4);
        suite.Cluster.SetVersionBehaviour("shop:2", new VersionBehaviour(0.05, 120));
        var since = suite.Time.GetUtcNow();

        var report = await suite.DeployAndWait(When_each_strategy_deploys_a_good_version_end_to_end.Request(strategy, "shop:2"));

        Assert.True(report.State == "RolledBack", $"{report.State}: {report.LastError}");
        Assert.Equal(4, suite.Version("shop", "shop:1")!.Ready);
        Assert.Null(suite.Route("shop"));
        Assert.Equal((200.0, 0.0), (suite.Traffic("shop", "shop:1"), suite.Traffic("shop", "shop:2")));
        await When_each_strategy_deploys_a_good_version_end_to_end.Eventually(() => (suite.Version("shop", "shop:2")?.Running ?? 0) == 0,
            "the bad version was not scaled away");
        Assert.True(suite.Cluster.AvailabilityReport(shop, since).MinReady >= 4, "the stable version lost pods");
        var history = await suite.History(report.DeploymentId);
        var gates = history.Entries
            .Where(e => e.Type is "GatePassed" or "GateFailed")
            .Where(e => System.Text.Json.JsonDocument.Parse(e.Data).RootElement.GetProperty("stage").GetString() != "PreDeployment")
            .ToList();
        Assert.Equal("GateFailed", gates[0].Type);
        Assert.Single(gates);
        Assert.NotNull(report.RollbackDecidedAt);
        Assert.NotNull(report.RollbackCompletedAt);
    }
}
