using Suite.Cluster.Kubernetes;
using Suite.Cluster.Routing;
using Suite.Contracts;
using Suite.Contracts.Rollout;
using Suite.Services.Tests.Support;

namespace Suite.Services.Tests.Rollout;

public class When_traffic_is_routed
{
    private static readonly HeaderRoute Beta = new() { Name = "X-Beta", Value = "on" };

    [Fact]
    public async Task Should_set_the_weight_and_answer_with_it()
    {
        await using var host = await RolloutHost.StartAsync();
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v1", 4);
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v2", 1);

        var reply = await host.SendAsync(ServiceQueues.Rollout, RolloutHost.Route("shop:v2", 10, stepIndex: 3));

        var set = Assert.IsType<TrafficRouteSet>(reply);
        Assert.Equal((RolloutHost.DeploymentId, 3, (int?)10), (set.DeploymentId, set.StepIndex, set.WeightPercent));
        Assert.Equal(new TrafficRoute("shop:v2", 10, null), await host.Cluster.GetRouteAsync(ServiceTestHost.Shop, default));
    }

    [Fact]
    public async Task Should_route_a_header_to_the_new_version()
    {
        await using var host = await RolloutHost.StartAsync();
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v1", 4);
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v2", 1);

        Assert.IsType<TrafficRouteSet>(await host.SendAsync(ServiceQueues.Rollout, RolloutHost.Route("shop:v2", 0, Beta)));

        Assert.Equal(new TrafficRoute("shop:v2", 0, Beta), await host.Cluster.GetRouteAsync(ServiceTestHost.Shop, default));
    }

    [Fact]
    public async Task Should_clear_the_route_when_neither_weight_nor_header_is_given()
    {
        await using var host = await RolloutHost.StartAsync();
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v2", 4);
        await host.Cluster.SetRouteAsync(ServiceTestHost.Shop, "shop:v2", 100, null, default);

        Assert.IsType<TrafficRouteSet>(await host.SendAsync(ServiceQueues.Rollout, RolloutHost.Route("shop:v2", null)));

        Assert.Null(await host.Cluster.GetRouteAsync(ServiceTestHost.Shop, default));
    }

    [Fact]
    public async Task Should_leave_the_same_route_when_redelivered()
    {
        await using var host = await RolloutHost.StartAsync();
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v1", 4);
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v2", 2);
        var route = RolloutHost.Route("shop:v2", 25);

        Assert.IsType<TrafficRouteSet>(await host.SendAsync(ServiceQueues.Rollout, route));
        Assert.IsType<TrafficRouteSet>(await host.SendAsync(ServiceQueues.Rollout, route));

        Assert.Equal(new TrafficRoute("shop:v2", 25, null), await host.Cluster.GetRouteAsync(ServiceTestHost.Shop, default));
    }

    [Fact]
    public async Task Should_refuse_to_send_traffic_to_a_version_without_a_ready_pod()
    {
        await using var host = await RolloutHost.StartAsync();
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v1", 4);
        await host.Cluster.ScaleVersionAsync(ServiceTestHost.Shop, "shop:v2", 1, default);

        var failed = Assert.IsType<TrafficRouteFailed>(await host.SendAsync(ServiceQueues.Rollout, RolloutHost.Route("shop:v2", 10, stepIndex: 4)));

        Assert.Equal((4, "cannot send 10% of traffic to shop:v2: it has no ready pod"), (failed.StepIndex, failed.Reason));
        Assert.Null(await host.Cluster.GetRouteAsync(ServiceTestHost.Shop, default));
    }

    [Fact]
    public async Task Should_refuse_to_keep_traffic_off_a_version_when_no_other_has_a_ready_pod()
    {
        await using var host = await RolloutHost.StartAsync();
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v2", 2);

        var failed = Assert.IsType<TrafficRouteFailed>(await host.SendAsync(ServiceQueues.Rollout, RolloutHost.Route("shop:v2", 50)));

        Assert.Equal("cannot keep traffic off shop:v2: no other version of shop/shop has a ready pod", failed.Reason);
    }

    [Theory]
    [InlineData(101, "weight must be between 0 and 100 (got 101)")]
    [InlineData(-1, "weight must be between 0 and 100 (got -1)")]
    public async Task Should_refuse_a_weight_that_is_not_a_percentage(int weight, string reason)
    {
        await using var host = await RolloutHost.StartAsync();

        var failed = Assert.IsType<TrafficRouteFailed>(await host.SendAsync(ServiceQueues.Rollout, RolloutHost.Route("shop:v2", weight)));

        Assert.Equal(reason, failed.Reason);
    }

    [Fact]
    public async Task Should_say_what_to_use_instead_when_the_provider_cannot_route()
    {
        await using var host = await RolloutHost.StartAsync(router: new KubernetesTrafficRouter());
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v1", 4);
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v2", 1);

        var failed = Assert.IsType<TrafficRouteFailed>(await host.SendAsync(ServiceQueues.Rollout, RolloutHost.Route("shop:v2", 10)));

        Assert.Equal(KubernetesTrafficRouter.Unavailable, failed.Reason);
        Assert.Empty(host.Harness.Consumed.Select(m => m.Exception is not null, new CancellationToken(canceled: true)));
    }
}
