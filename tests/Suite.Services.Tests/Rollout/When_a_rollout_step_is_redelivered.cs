using Suite.Contracts;
using Suite.Contracts.Rollout;
using Suite.Services.Tests.Support;

namespace Suite.Services.Tests.Rollout;

public class When_a_rollout_step_is_redelivered
{
    [Fact]
    public async Task Should_leave_the_same_replica_count()
    {
        await using var host = await RolloutHost.StartAsync();
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v1", 4);
        var step = RolloutHost.Step("shop:v2", 3);

        var first = Assert.IsType<RolloutStepApplied>(await host.SendAsync(ServiceQueues.Rollout, step));
        var second = Assert.IsType<RolloutStepApplied>(await host.SendAsync(ServiceQueues.Rollout, step));

        var v2 = (await host.Cluster.GetWorkloadAsync(ServiceTestHost.Shop, default)).Version("shop:v2")!;
        Assert.Equal((3, 3), (first.DesiredReplicas, second.DesiredReplicas));
        Assert.Equal((3, 3), (v2.Desired, v2.Running));
        Assert.Equal(3, host.Cluster.Pods(ServiceTestHost.Shop).Count(p => p.Image == "shop:v2"));
    }
}
