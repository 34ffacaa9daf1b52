using Suite.Contracts;
using Suite.Contracts.Rollout;
using Suite.Services.Tests.Support;

namespace Suite.Services.Tests.Rollout;

public class When_the_first_deployment_is_rolled_back
{
    [Fact]
    public async Task Should_only_scale_the_new_version_to_zero()
    {
        await using var host = await RolloutHost.StartAsync();
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v1", 2);

        var reply = await host.SendAsync(ServiceQueues.Rollout, RolloutHost.Rollback("shop:v1", previousImage: null, previousReplicas: 0));

        Assert.Equal(0, Assert.IsType<RollbackApplied>(reply).RestoredReplicas);
        Assert.Equal([("shop:v1", 0)], host.Gateway.Scales.Select(s => (s.Image, s.Replicas)));
    }
}
