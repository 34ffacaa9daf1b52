using Suite.Contracts;
using Suite.Contracts.Draining;
using Suite.Services.Tests.Support;

namespace Suite.Services.Tests.Draining;

public class When_pods_do_not_finish_in_time
{
    [Fact]
    public async Task Should_fail_the_drain_after_the_drain_timeout()
    {
        await using var host = await DrainingHost.StartAsync(terminationGrace: TimeSpan.FromMinutes(5));
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v1", 4);
        var started = host.Clock.GetUtcNow();

        var reply = await host.SendAsync(ServiceQueues.Draining, DrainingHost.Drain("shop:v1", 1, stepIndex: 3));

        var failed = Assert.IsType<DrainFailed>(reply);
        Assert.Equal(3, failed.StepIndex);
        Assert.Equal("3 pods of shop:v1 still terminating after 2m; 1 running, target 1", failed.Reason);
        Assert.True(failed.FailedAt >= started.AddMinutes(2), $"gave up at {failed.FailedAt:O}, before the timeout");
    }
}
