using Suite.Cluster.Simulated;
using Suite.Contracts;
using Suite.Contracts.Rollout;
using Suite.Services.Tests.Support;

namespace Suite.Services.Tests.Rollout;

public class When_the_previous_version_cannot_come_back
{
    [Fact]
    public async Task Should_fail_the_rollback_and_keep_the_new_version_serving()
    {
        await using var host = await RolloutHost.StartAsync();
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v1", 1);
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v2", 3);
        host.Cluster.SetVersionBehaviour("shop:v1", new VersionBehaviour(0.002, 120, NeverReady: true));

        var reply = await host.SendAsync(ServiceQueues.Rollout, RolloutHost.Rollback("shop:v2", "shop:v1", 4));

        var failed = Assert.IsType<RollbackFailed>(reply);
        Assert.Equal("1 of 4 pods of shop:v1 ready after 5m; 3 still starting; shop:v2 left running so that traffic keeps ready pods", failed.Reason);
        Assert.DoesNotContain(host.Gateway.Scales, s => s.Image == "shop:v2");
        Assert.Equal(3, (await host.Cluster.GetWorkloadAsync(ServiceTestHost.Shop, default)).Version("shop:v2")!.Ready);
    }
}
