using Suite.Cluster;
using Suite.Contracts.Rollout;

namespace Suite.Host.Tests.Strategies;

/// <summary>A rollback window after success: the previous version stays up serving nothing; a revert inside it is a traffic switch.</summary>
public sealed class When_the_previous_version_stays_warm
{
    public static TheoryData<string> Strategies => [DeploymentStrategies.Canary, DeploymentStrategies.BlueGreen, DeploymentStrategies.ABTest];

    [Theory]
    [MemberData(nameof(Strategies))]
    public async Task Should_serve_nothing_from_it_and_switch_back_to_it_at_full_strength_on_a_revert(string strategy)
    {
        await using var suite = await EmbeddedSuiteHost.Start();
        var shop = new WorkloadRef("retail", "shop");
        suite.Cluster.Seed(shop, "shop:1", 4);
        var request = When_each_strategy_deploys_a_good_version_end_to_end.Request(strategy, "shop:2") with { RollbackWindow = "1h" };

        var report = await suite.DeployAndWait(request);

        Assert.True(report.State == "Succeeded", $"{report.State}: {report.LastError}");
        Assert.NotNull(report.RollbackWindowEndsAt);
        Assert.Equal((4, 4), (suite.Version("shop", "shop:1")!.Ready, suite.Version("shop", "shop:2")!.Ready));
        Assert.Equal((200.0, 0.0), (suite.Traffic("shop", "shop:2"), suite.Traffic("shop", "shop:1")));
        Assert.Equal(100, suite.Route("shop")?.WeightPercent);
        var since = suite.Time.GetUtcNow();

        await suite.Revert(request.DeploymentId);
        var reverted = await suite.WaitFor(request.DeploymentId, r => r.State == "RolledBack", "the revert");

        Assert.Equal((200.0, 0.0), (suite.Traffic("shop", "shop:1"), suite.Traffic("shop", "shop:2")));
        Assert.Null(suite.Route("shop"));
        var took = RollbackBreakdown.Of(reverted.RollbackDecidedAt!.Value, reverted.RollbackCompletedAt, reverted.RollbackTrafficSwitchedAt,
            reverted.RollbackRestoreStartedAt, reverted.RollbackPreviousReadyAt)!;
        Assert.Equal(TimeSpan.Zero, took.PodStartup);
        Assert.Equal(4, suite.Cluster.AvailabilityReport(shop, since).MinReady);
        await EmbeddedSuiteHost.Eventually(() => (suite.Version("shop", "shop:2")?.Running ?? 0) == 0, "the reverted version was not scaled away");
    }

    [Fact]
    public async Task Should_retire_it_when_the_window_is_over()
    {
        await using var suite = await EmbeddedSuiteHost.Start();
        var shop = new WorkloadRef("retail", "shop");
        suite.Cluster.Seed(shop, "shop:1", 4);
        var request = StrategyRequests.BlueGreen("shop", "shop:2") with { RollbackWindow = "30s" };

        var report = await suite.DeployAndWait(request);

        Assert.True(report.State == "Succeeded", $"{report.State}: {report.LastError}");
        Assert.Equal(4, suite.Version("shop", "shop:1")!.Ready);
        await EmbeddedSuiteHost.Eventually(() => (suite.Version("shop", "shop:1")?.Running ?? 0) == 0, "the previous version was not retired");
        var retired = suite.Cluster.Removals(shop).Where(p => p.Image == "shop:1").Min(p => p.At);
        Assert.True(retired >= report.RollbackWindowEndsAt, $"retired at {retired:O}, inside the window that ends {report.RollbackWindowEndsAt:O}");
        Assert.Null(suite.Route("shop"));
        Assert.Equal(200, suite.Traffic("shop", "shop:2"), 6);
        // The cluster is done before the Rollout service's answer reaches the saga's history.
        await EmbeddedSuiteHost.Eventually(() => suite.History(request.DeploymentId).Result.Entries.Any(e => e.Type == "RetirementCompleted"),
            "the history never recorded the retirement");
    }
}
