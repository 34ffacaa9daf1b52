using System.Text.Json;
using Suite.Cluster;

namespace Suite.Host.Tests.Strategies;

public sealed class When_a_canary_climbs_its_ladder
{
    public static TheoryData<string?, int[]> Ladders => new()
    {
        { null, [0, 10, 25, 50, 75, 100] },
        { StrategyPresets.Cautious, [0, 1, 2, 5, 10, 20, 35, 50, 75, 100] },
    };

    [Theory]
    [MemberData(nameof(Ladders))]
    public async Task Should_route_each_weight_in_turn_and_end_with_all_traffic_on_the_new_version(string? preset, int[] weights)
    {
        await using var suite = await EmbeddedSuiteHost.Start();
        var shop = new WorkloadRef("retail", "shop");
        suite.Cluster.Seed(shop, "shop:1", 4);
        var since = suite.Time.GetUtcNow();

        var report = await suite.DeployAndWait(EmbeddedSuiteHost.Request("shop", "shop:2", 4) with
        {
            Strategy = DeploymentStrategies.Canary, Preset = preset, RollbackWindow = "0s",
        });

        Assert.True(report.State == "Succeeded", $"{report.State}: {report.LastError}");
        var routed = (await suite.History(report.DeploymentId)).Entries.Where(e => e.Type == "TrafficRouted")
            .Select(e => JsonDocument.Parse(e.Data).RootElement.GetProperty("weightPercent").GetInt32());
        Assert.Equal(weights, routed);
        await EmbeddedSuiteHost.Eventually(() => (suite.Version("shop", "shop:1")?.Running ?? 0) == 0, "the stable version was not retired");
        Assert.Null(suite.Route("shop"));
        Assert.Equal((200.0, 0.0), (suite.Traffic("shop", "shop:2"), suite.Traffic("shop", "shop:1")));
        var availability = suite.Cluster.AvailabilityReport(shop, since);
        Assert.True(availability.MinReady >= 4, $"ready pods fell to {availability.MinReady}: the stable version must keep every pod until 100%");
        Assert.True(availability.MaxRunning <= 8, $"{availability.MaxRunning} pods ran: the canary follows the weight up to 4");
    }
}
