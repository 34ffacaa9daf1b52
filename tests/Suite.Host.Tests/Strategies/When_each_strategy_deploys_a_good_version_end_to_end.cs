using Suite.Cluster;

namespace Suite.Host.Tests.Strategies;

/// <summary>The real planners, saga, services and the simulated cluster's router, for every traffic-shifting strategy.</summary>
public sealed class When_each_strategy_deploys_a_good_version_end_to_end
{
    public static TheoryData<string> Strategies => [DeploymentStrategies.Canary, DeploymentStrategies.BlueGreen, DeploymentStrategies.ABTest];

    [Theory]
    [MemberData(nameof(Strategies))]
    public async Task Should_end_with_all_traffic_and_pods_on_it_and_the_stable_version_at_full_strength_throughout(string strategy)
    {
        await using var suite = await EmbeddedSuiteHost.Start();
        var shop = new WorkloadRef("retail", "shop");
        suite.Cluster.Seed(shop, "shop:1", 4);
        var since = suite.Time.GetUtcNow();

        var report = await suite.DeployAndWait(Request(strategy, "shop:2"));

        Assert.True(report.State == "Succeeded", $"{report.State}: {report.LastError}");
        Assert.Equal(4, suite.Version("shop", "shop:2")!.Ready);
        await Eventually(() => (suite.Version("shop", "shop:1")?.Running ?? 0) == 0, "the old version was not retired");
        Assert.Null(suite.Route("shop"));
        Assert.Equal((200.0, 0.0), (suite.Traffic("shop", "shop:2"), suite.Traffic("shop", "shop:1")));
        Assert.True(suite.Cluster.AvailabilityReport(shop, since).MinReady >= 4, "ready pods fell below the stable version's full strength");
        var history = await suite.History(report.DeploymentId);
        Assert.Contains(history.Entries, e => e.Type == "TrafficRouted");
    }

    internal static DeploymentRequested Request(string strategy, string image) => strategy switch
    {
        DeploymentStrategies.Canary => StrategyRequests.Canary("shop", image),
        DeploymentStrategies.BlueGreen => StrategyRequests.BlueGreen("shop", image),
        _ => StrategyRequests.ABTest("shop", image),
    };

    internal static async Task Eventually(Func<bool> condition, string what)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), what);
    }
}
