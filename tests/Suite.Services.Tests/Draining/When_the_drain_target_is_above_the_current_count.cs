using Suite.Contracts;
using Suite.Contracts.Draining;
using Suite.Services.Tests.Support;

namespace Suite.Services.Tests.Draining;

public class When_the_drain_target_is_above_the_current_count
{
    [Fact]
    public async Task Should_never_scale_up()
    {
        await using var host = await DrainingHost.StartAsync(terminationGrace: TimeSpan.FromSeconds(1));
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v1", 2);

        var reply = await host.SendAsync(ServiceQueues.Draining, DrainingHost.Drain("shop:v1", 4));

        Assert.Equal(2, Assert.IsType<PodsDrained>(reply).RemainingReplicas);
        Assert.Empty(host.Gateway.Scales);
        Assert.Equal(2, (await host.Cluster.GetWorkloadAsync(ServiceTestHost.Shop, default)).Version("shop:v1")!.Desired);
    }

    [Fact]
    public async Task Should_answer_zero_for_an_image_with_no_workload()
    {
        await using var host = await DrainingHost.StartAsync(terminationGrace: TimeSpan.FromSeconds(1));
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v1", 2);

        var reply = await host.SendAsync(ServiceQueues.Draining, DrainingHost.Drain("shop:v0", 0));

        Assert.Equal(0, Assert.IsType<PodsDrained>(reply).RemainingReplicas);
        Assert.Empty(host.Gateway.Scales);
    }
}
