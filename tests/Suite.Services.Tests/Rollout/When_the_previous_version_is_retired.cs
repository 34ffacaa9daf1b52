using Suite.Contracts;
using Suite.Contracts.Rollout;
using Suite.Services.Tests.Support;

namespace Suite.Services.Tests.Rollout;

public class When_the_previous_version_is_retired
{
    [Fact]
    public async Task Should_scale_the_warm_version_away_and_leave_no_route_behind()
    {
        await using var host = await RolloutHost.StartAsync();
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v1", 4);
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v2", 4);
        await host.Cluster.SetRouteAsync(ServiceTestHost.Shop, "shop:v2", 100, null, default);

        var retired = Assert.IsType<PreviousVersionRetired>(await host.SendAsync(ServiceQueues.Rollout, RolloutHost.Retire("shop:v2", "shop:v1")));

        Assert.Equal((RolloutHost.DeploymentId, host.Clock.GetUtcNow()), (retired.DeploymentId, retired.RetiredAt));
        Assert.Equal(["clear"], host.Router.Calls.Select(c => c.Call));
        Assert.Equal(0, host.Router.Calls[0].Before.Version("shop:v1")!.Desired);
        Assert.Null(await host.Cluster.GetRouteAsync(ServiceTestHost.Shop, default));
    }

    [Fact]
    public async Task Should_change_nothing_more_when_redelivered()
    {
        await using var host = await RolloutHost.StartAsync();
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v1", 2);
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v2", 2);
        var retire = RolloutHost.Retire("shop:v2", "shop:v1");

        Assert.IsType<PreviousVersionRetired>(await host.SendAsync(ServiceQueues.Rollout, retire));
        Assert.IsType<PreviousVersionRetired>(await host.SendAsync(ServiceQueues.Rollout, retire));

        var status = await host.Cluster.GetWorkloadAsync(ServiceTestHost.Shop, default);
        Assert.Equal((0, 2), (status.Version("shop:v1")!.Desired, status.Version("shop:v2")!.Desired));
    }

    [Fact]
    public async Task Should_only_drop_the_route_when_there_is_no_previous_version()
    {
        await using var host = await RolloutHost.StartAsync();
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v2", 2);

        Assert.IsType<PreviousVersionRetired>(await host.SendAsync(ServiceQueues.Rollout, RolloutHost.Retire("shop:v2", null)));

        Assert.Empty(host.Gateway.Scales);
    }

    [Fact]
    public async Task Should_leave_alone_the_route_a_newer_deployment_set()
    {
        await using var host = await RolloutHost.StartAsync();
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v1", 4);
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v2", 4);
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v3", 1);
        await host.Cluster.SetRouteAsync(ServiceTestHost.Shop, "shop:v3", 10, null, default);

        Assert.IsType<PreviousVersionRetired>(await host.SendAsync(ServiceQueues.Rollout, RolloutHost.Retire("shop:v2", "shop:v1")));

        Assert.Equal(("shop:v3", (int?)10), (await host.Cluster.GetRouteAsync(ServiceTestHost.Shop, default)) is { } route ? (route.Image, route.WeightPercent) : default);
        Assert.Equal(0, (await host.Cluster.GetWorkloadAsync(ServiceTestHost.Shop, default)).Version("shop:v1")!.Desired);
    }
}
