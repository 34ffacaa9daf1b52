using Suite.Cluster.Simulated;
using Suite.Contracts;
using Suite.Contracts.Rollout;
using Suite.Services.Tests.Support;

namespace Suite.Services.Tests.Rollout;

public class When_a_deployment_is_rolled_back
{
    [Fact]
    public async Task Should_restore_the_old_version_to_full_strength_before_removing_the_new_one()
    {
        await using var host = await RolloutHost.StartAsync();
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v1", 1);
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v2", 3);
        host.Cluster.SetVersionBehaviour("shop:v1", new VersionBehaviour(0.002, 120, StartupDelay: TimeSpan.FromSeconds(10)));

        var reply = await host.SendAsync(ServiceQueues.Rollout, RolloutHost.Rollback("shop:v2", "shop:v1", 4));

        Assert.Equal(4, Assert.IsType<RollbackApplied>(reply).RestoredReplicas);
        Assert.Equal([("shop:v1", 4), ("shop:v2", 0)], host.Gateway.Scales.Select(s => (s.Image, s.Replicas)));
        var whenNewWasRemoved = host.Gateway.Scales[1].Before;
        Assert.Equal(4, whenNewWasRemoved.Version("shop:v1")!.Ready);
        Assert.Equal(3, whenNewWasRemoved.Version("shop:v2")!.Ready);
    }

    [Fact]
    public async Task Should_leave_the_new_version_with_no_desired_pods()
    {
        await using var host = await RolloutHost.StartAsync();
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v1", 2);
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v2", 2);

        await host.SendAsync(ServiceQueues.Rollout, RolloutHost.Rollback("shop:v2", "shop:v1", 4));

        var status = await host.Cluster.GetWorkloadAsync(ServiceTestHost.Shop, default);
        Assert.Equal(0, status.Version("shop:v2")!.Desired);
        Assert.Equal(4, status.Version("shop:v1")!.Ready);
    }
}
