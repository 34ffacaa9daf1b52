using Suite.Contracts;
using Suite.Contracts.Draining;
using Suite.Services.Tests.Support;

namespace Suite.Services.Tests.Draining;

public class When_old_pods_are_drained
{
    [Fact]
    public async Task Should_answer_only_once_the_removed_pods_have_terminated()
    {
        await using var host = await DrainingHost.StartAsync(terminationGrace: TimeSpan.FromSeconds(30));
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v1", 4);
        var started = host.Clock.GetUtcNow();

        var reply = await host.SendAsync(ServiceQueues.Draining, DrainingHost.Drain("shop:v1", 1, stepIndex: 2));

        var drained = Assert.IsType<PodsDrained>(reply);
        Assert.Equal((DrainingHost.DeploymentId, 2, 1), (drained.DeploymentId, drained.StepIndex, drained.RemainingReplicas));
        Assert.True(drained.DrainedAt >= started.AddSeconds(30), $"answered at {drained.DrainedAt:O}, inside the termination grace");
        var v1 = (await host.Cluster.GetWorkloadAsync(ServiceTestHost.Shop, default)).Version("shop:v1")!;
        Assert.Equal((0, 1), (v1.Terminating, v1.Running));
    }

    [Fact]
    public async Task Should_drain_to_the_same_count_when_redelivered()
    {
        await using var host = await DrainingHost.StartAsync(terminationGrace: TimeSpan.FromSeconds(5));
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v1", 4);
        var drain = DrainingHost.Drain("shop:v1", 2);

        var first = Assert.IsType<PodsDrained>(await host.SendAsync(ServiceQueues.Draining, drain));
        var second = Assert.IsType<PodsDrained>(await host.SendAsync(ServiceQueues.Draining, drain));

        Assert.Equal((2, 2), (first.RemainingReplicas, second.RemainingReplicas));
        Assert.Equal(2, (await host.Cluster.GetWorkloadAsync(ServiceTestHost.Shop, default)).Version("shop:v1")!.Desired);
    }
}
