using Suite.Contracts;
using Suite.Contracts.Draining;
using Suite.Services.Tests.Support;

namespace Suite.Services.Tests.Draining;

public class When_the_worst_pods_are_named
{
    [Fact]
    public async Task Should_take_those_pods_out_first()
    {
        await using var host = await DrainingHost.StartAsync(terminationGrace: TimeSpan.FromSeconds(1));
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v1", 4);
        var pods = host.Cluster.Pods(ServiceTestHost.Shop).Select(p => p.Name).ToList();

        var reply = await host.SendAsync(ServiceQueues.Draining, DrainingHost.Drain("shop:v1", 2) with { RemoveFirst = [pods[1], "shop-gone", pods[0]] });

        Assert.Equal(2, Assert.IsType<PodsDrained>(reply).RemainingReplicas);
        Assert.Equal([pods[2], pods[3]], host.Cluster.Pods(ServiceTestHost.Shop).Select(p => p.Name));
        Assert.Equal([pods[1], "shop-gone", pods[0]], Assert.Single(host.Gateway.Scales).RemoveFirst!);
    }

    [Fact]
    public async Task Should_let_the_cluster_pick_the_newest_without_names()
    {
        await using var host = await DrainingHost.StartAsync(terminationGrace: TimeSpan.FromSeconds(1));
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v1", 3);
        var pods = host.Cluster.Pods(ServiceTestHost.Shop).Select(p => p.Name).ToList();

        await host.SendAsync(ServiceQueues.Draining, DrainingHost.Drain("shop:v1", 1));

        Assert.Equal([pods[0]], host.Cluster.Pods(ServiceTestHost.Shop).Select(p => p.Name));
    }
}
