using Suite.Cluster;
using Suite.Contracts.Rollout;

namespace Suite.Host.Tests.Strategies;

public sealed class When_a_canary_is_aborted_at_a_middle_weight
{
    [Fact]
    public async Task Should_take_the_canary_s_share_back_at_once_and_scale_it_away()
    {
        await using var suite = await EmbeddedSuiteHost.Start();
        var shop = new WorkloadRef("retail", "shop");
        suite.Cluster.Seed(shop, "shop:1", 4);
        var since = suite.Time.GetUtcNow();
        var request = StrategyRequests.Canary("shop", "shop:2") with
        {
            CanarySteps =
            [
                new CanaryStep { SetWeight = 25 }, new CanaryStep { Analysis = new CanaryAnalysis() },
                new CanaryStep { SetWeight = 50 }, new CanaryStep { Pause = new CanaryPause { Duration = "10m" } }, new CanaryStep { Analysis = new CanaryAnalysis() },
                new CanaryStep { SetWeight = 100 }, new CanaryStep { Analysis = new CanaryAnalysis() },
            ],
        };

        await suite.Bus.Publish(request);
        await suite.WaitFor(request.DeploymentId, r => r.State == "Observing" && suite.Route("shop")?.WeightPercent == 50, "the pause at 50%");
        Assert.Equal((100.0, 100.0), (suite.Traffic("shop", "shop:2"), suite.Traffic("shop", "shop:1")), new ApproximateTraffic());
        Assert.Equal((2, 4), (suite.Version("shop", "shop:2")!.Ready, suite.Version("shop", "shop:1")!.Ready));

        await suite.Abort(request.DeploymentId);
        var report = await suite.WaitFor(request.DeploymentId, r => r.IsTerminal, "the rollback");

        Assert.Equal("RolledBack", report.State);
        Assert.Null(suite.Route("shop"));
        Assert.Equal((200.0, 0.0), (suite.Traffic("shop", "shop:1"), suite.Traffic("shop", "shop:2")));
        var took = RollbackBreakdown.Of(report.RollbackDecidedAt!.Value, report.RollbackCompletedAt, report.RollbackTrafficSwitchedAt,
            report.RollbackRestoreStartedAt, report.RollbackPreviousReadyAt)!;
        Assert.Equal(TimeSpan.Zero, took.PodStartup);
        await EmbeddedSuiteHost.Eventually(() => (suite.Version("shop", "shop:2")?.Running ?? 0) == 0, "the canary was not scaled away");
        Assert.Equal(4, suite.Cluster.AvailabilityReport(shop, since).MinReady);
    }
}
