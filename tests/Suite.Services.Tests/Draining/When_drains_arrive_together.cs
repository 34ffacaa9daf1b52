using Suite.Cluster;
using Suite.Contracts;
using Suite.Contracts.Draining;
using Suite.Services.Tests.Support;

namespace Suite.Services.Tests.Draining;

/// <summary>The Draining queue is partitioned by deployment: one deployment's drains take turns, different deployments' run side by side.</summary>
public class When_drains_arrive_together
{
    private static readonly WorkloadRef Cart = new("shop", "cart");

    // Fixed, so that whether the two deployments share a partition is settled once: they do not.
    private static readonly Guid CartDeployment = Guid.Parse("1c5f7a3e-0d2b-4e8a-9f61-2b7c4d9e8a03");

    [Fact]
    public async Task Should_run_one_deployments_drains_one_after_the_other()
    {
        await using var host = await DrainingHost.StartAsync(terminationGrace: TimeSpan.FromSeconds(10));
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v1", 4);

        var (first, second) = await SendAndAnswerBoth(host, DrainingHost.Drain("shop:v1", 3, stepIndex: 1), DrainingHost.Drain("shop:v1", 2, stepIndex: 2));

        Assert.Equal(0, host.Gateway.Scales[1].Before.Version("shop:v1")!.Terminating);
        Assert.True(second.DrainedAt >= first.DrainedAt + TimeSpan.FromSeconds(10), $"drained at {first.DrainedAt:T} and {second.DrainedAt:T}");
    }

    [Fact]
    public async Task Should_run_different_deployments_drains_side_by_side()
    {
        await using var host = await DrainingHost.StartAsync(terminationGrace: TimeSpan.FromSeconds(10));
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v1", 4);
        host.Cluster.Seed(Cart, "cart:v1", 4);
        var cart = DrainingHost.Drain("cart:v1", 2) with { DeploymentId = CartDeployment, Application = Cart.Application };

        var (shop, cartDrained) = await SendAndAnswerBoth(host, DrainingHost.Drain("shop:v1", 3), cart, bothStartFirst: true);

        Assert.True((cartDrained.DrainedAt - shop.DrainedAt).Duration() < TimeSpan.FromSeconds(10), $"drained at {shop.DrainedAt:T} and {cartDrained.DrainedAt:T}");
    }

    /// <summary>
    /// Sends both drains, then moves the clock on whenever the service waits, until both are answered. With
    /// <paramref name="bothStartFirst"/> the clock stands still until both drains have scaled, so that a delivery
    /// slower than the clock cannot pass for the service holding the second drain back.
    /// </summary>
    private static async Task<(PodsDrained, PodsDrained)> SendAndAnswerBoth(ServiceTestHost host, DrainPods first, DrainPods second, bool bothStartFirst = false)
    {
        var endpoint = await host.Harness.Bus.GetSendEndpoint(ServiceQueues.Address(ServiceQueues.Draining));
        await endpoint.Send(first);
        await endpoint.Send(second);
        var giveUpAt = TimeProvider.System.GetUtcNow().AddSeconds(10);
        while (bothStartFirst && host.Gateway.Scales.Count < 2 && TimeProvider.System.GetUtcNow() < giveUpAt)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10), TimeProvider.System);
        }

        var answered = Task.WhenAll(Answered(host, first), Answered(host, second));
        for (var i = 0; i < 120 && !answered.IsCompleted; i++)
        {
            var waiting = host.Clock.WhenSomethingWaits();
            if (await Task.WhenAny(answered, waiting) == waiting)
            {
                host.Clock.Advance(TimeSpan.FromSeconds(1));
            }
        }

        Assert.All(await answered, Assert.True);
        return (Drained(host, first), Drained(host, second));
    }

    private static Task<bool> Answered(ServiceTestHost host, DrainPods drain) =>
        host.Harness.Published.Any<PodsDrained>(m => m.Context.Message.DeploymentId == drain.DeploymentId && m.Context.Message.StepIndex == drain.StepIndex);

    private static PodsDrained Drained(ServiceTestHost host, DrainPods drain) =>
        host.Harness.Published.Select<PodsDrained>(m => m.Context.Message.DeploymentId == drain.DeploymentId && m.Context.Message.StepIndex == drain.StepIndex)
            .First().Context.Message;
}
