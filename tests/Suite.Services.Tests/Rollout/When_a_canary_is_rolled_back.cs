using Suite.Cluster.Kubernetes;
using Suite.Cluster.Simulated;
using Suite.Contracts;
using Suite.Contracts.Rollout;
using Suite.Services.Tests.Support;

namespace Suite.Services.Tests.Rollout;

public class When_a_canary_is_rolled_back
{
    [Fact]
    public async Task Should_switch_all_traffic_to_the_stable_version_before_scaling_the_canary_away()
    {
        await using var host = await RolloutHost.StartAsync();
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v1", 10);
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v2", 1);
        await host.Cluster.SetRouteAsync(ServiceTestHost.Shop, "shop:v2", 10, null, default);
        var decided = host.Clock.GetUtcNow();

        var applied = Assert.IsType<RollbackApplied>(await host.SendAsync(ServiceQueues.Rollout, RolloutHost.Rollback("shop:v2", "shop:v1", 10)));

        Assert.Equal((10, (DateTimeOffset?)decided), (applied.RestoredReplicas, applied.FullyServingAt));
        Assert.Equal(["set shop:v1 100%", "set shop:v1 100%", "clear"], host.Router.Calls.Select(c => c.Call));
        Assert.Equal(1, host.Router.Calls[0].Before.Version("shop:v2")!.Desired);
        var removal = Assert.Single(host.Gateway.Scales, s => s.Image == "shop:v2");
        Assert.Equal(0, removal.Replicas);
        Assert.Equal(0, host.Router.Calls[^1].Before.Version("shop:v2")!.Desired);
        Assert.Null(await host.Cluster.GetRouteAsync(ServiceTestHost.Shop, default));
    }

    [Fact]
    public async Task Should_say_when_the_previous_version_served_everything_again_at_full_strength()
    {
        await using var host = await RolloutHost.StartAsync();
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v1", 1);
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v2", 3);
        host.Cluster.SetVersionBehaviour("shop:v1", new VersionBehaviour(0.002, 120, StartupDelay: TimeSpan.FromSeconds(10)));
        var decided = host.Clock.GetUtcNow();

        var applied = Assert.IsType<RollbackApplied>(await host.SendAsync(ServiceQueues.Rollout, RolloutHost.Rollback("shop:v2", "shop:v1", 4)));

        Assert.Equal(decided.AddSeconds(10), applied.FullyServingAt);
        Assert.Equal("set shop:v1 100%", host.Router.Calls[0].Call);
        Assert.Equal(1, host.Router.Calls[0].Before.Version("shop:v1")!.Ready);
    }

    [Fact]
    public async Task Should_end_in_the_same_place_when_redelivered()
    {
        await using var host = await RolloutHost.StartAsync();
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v1", 4);
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v2", 4);
        var rollback = RolloutHost.Rollback("shop:v2", "shop:v1", 4);

        Assert.IsType<RollbackApplied>(await host.SendAsync(ServiceQueues.Rollout, rollback));
        Assert.IsType<RollbackApplied>(await host.SendAsync(ServiceQueues.Rollout, rollback));

        var status = await host.Cluster.GetWorkloadAsync(ServiceTestHost.Shop, default);
        Assert.Equal((4, 0), (status.Version("shop:v1")!.Desired, status.Version("shop:v2")!.Desired));
        Assert.Null(await host.Cluster.GetRouteAsync(ServiceTestHost.Shop, default));
    }

    [Fact]
    public async Task Should_roll_back_by_ready_pods_when_the_provider_cannot_route()
    {
        await using var host = await RolloutHost.StartAsync(router: new KubernetesTrafficRouter());
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v1", 4);
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v2", 1);
        var decided = host.Clock.GetUtcNow();

        var applied = Assert.IsType<RollbackApplied>(await host.SendAsync(ServiceQueues.Rollout, RolloutHost.Rollback("shop:v2", "shop:v1", 4)));

        Assert.Equal(decided, applied.FullyServingAt);
        Assert.Equal(0, (await host.Cluster.GetWorkloadAsync(ServiceTestHost.Shop, default)).Version("shop:v2")!.Desired);
    }

    [Fact]
    public async Task Should_drop_the_route_when_the_previous_version_cannot_come_back()
    {
        await using var host = await RolloutHost.StartAsync();
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v1", 1);
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v2", 3);
        host.Cluster.SetVersionBehaviour("shop:v1", new VersionBehaviour(0.002, 120, NeverReady: true));

        Assert.IsType<RollbackFailed>(await host.SendAsync(ServiceQueues.Rollout, RolloutHost.Rollback("shop:v2", "shop:v1", 4), step: TimeSpan.FromMinutes(1)));

        Assert.Equal(["set shop:v1 100%", "clear"], host.Router.Calls.Select(c => c.Call));
        Assert.Null(await host.Cluster.GetRouteAsync(ServiceTestHost.Shop, default));
    }
}
