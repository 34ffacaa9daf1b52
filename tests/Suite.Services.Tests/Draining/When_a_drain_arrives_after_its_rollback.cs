using Suite.Contracts;
using Suite.Contracts.Draining;
using Suite.Services.Tests.Support;

namespace Suite.Services.Tests.Draining;

/// <summary>A drain of a deployment that was rolled back (in flight, or delivered again): the rollback's mark on the old version stops it.</summary>
public class When_a_drain_arrives_after_its_rollback
{
    [Fact]
    public async Task Should_leave_the_old_version_at_full_strength()
    {
        await using var host = await DrainingHost.StartAsync(terminationGrace: TimeSpan.FromSeconds(5));
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v1", 4);
        await host.Cluster.MarkRolledBackAsync(ServiceTestHost.Shop, "shop:v1", DrainingHost.DeploymentId, default);

        var reply = await host.SendAsync(ServiceQueues.Draining, DrainingHost.Drain("shop:v1", 1, stepIndex: 2));

        Assert.Contains("was rolled back: the drain of step 2 not applied", Assert.IsType<DrainFailed>(reply).Reason);
        var v1 = (await host.Cluster.GetWorkloadAsync(ServiceTestHost.Shop, default)).Version("shop:v1")!;
        Assert.Equal((4, 4, 0), (v1.Desired, v1.Ready, v1.Terminating));
    }

    [Fact]
    public async Task Should_still_drain_for_another_deployment_of_the_application()
    {
        await using var host = await DrainingHost.StartAsync(terminationGrace: TimeSpan.FromSeconds(5));
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v1", 4);
        await host.Cluster.MarkRolledBackAsync(ServiceTestHost.Shop, "shop:v1", Guid.NewGuid(), default);

        var reply = await host.SendAsync(ServiceQueues.Draining, DrainingHost.Drain("shop:v1", 1));

        Assert.Equal(1, Assert.IsType<PodsDrained>(reply).RemainingReplicas);
    }

    [Fact]
    public async Task Should_stop_waiting_when_the_rollback_comes_while_pods_terminate()
    {
        await using var host = await DrainingHost.StartAsync(terminationGrace: TimeSpan.FromSeconds(30));
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v1", 4);

        var reply = await host.SendAsync(ServiceQueues.Draining, DrainingHost.Drain("shop:v1", 1), wait =>
        {
            if (wait == 1)
            {
                host.Cluster.MarkRolledBackAsync(ServiceTestHost.Shop, "shop:v1", DrainingHost.DeploymentId, default).GetAwaiter().GetResult();
                host.Cluster.ScaleVersionAsync(ServiceTestHost.Shop, "shop:v1", 4, default).GetAwaiter().GetResult();
            }
        });

        Assert.Contains("was rolled back while step 1 drained", Assert.IsType<DrainFailed>(reply).Reason);
        Assert.Single(host.Gateway.Scales);
        Assert.Equal(4, (await host.Cluster.GetWorkloadAsync(ServiceTestHost.Shop, default)).Version("shop:v1")!.Desired);
    }
}
