using Suite.Cluster.Simulated;
using Suite.Contracts;
using Suite.Contracts.Rollout;
using Suite.Services.Tests.Support;

namespace Suite.Services.Tests.Rollout;

public class When_the_new_version_never_becomes_ready
{
    [Fact]
    public async Task Should_fail_the_step_when_the_ready_timeout_passes()
    {
        await using var host = await RolloutHost.StartAsync();
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v1", 4);
        host.Cluster.SetVersionBehaviour("shop:v2", new VersionBehaviour(0.002, 120, NeverReady: true));
        var started = host.Clock.GetUtcNow();

        var reply = await host.SendAsync(ServiceQueues.Rollout, RolloutHost.Step("shop:v2", 4, stepIndex: 2));

        var failed = Assert.IsType<RolloutStepFailed>(reply);
        Assert.Equal(2, failed.StepIndex);
        Assert.Equal("0 of 4 pods of shop:v2 ready after 5m; 4 still starting", failed.Reason);
        Assert.True(failed.FailedAt >= started.AddMinutes(5), $"gave up at {failed.FailedAt:O}, before the timeout");
    }

    [Fact]
    public async Task Should_take_the_timeout_from_configuration()
    {
        await using var host = await RolloutHost.StartAsync(new Dictionary<string, string?> { ["Suite:Rollout:ReadyTimeout"] = "00:00:30" });
        host.Cluster.SetVersionBehaviour("shop:v2", new VersionBehaviour(0.002, 120, NeverReady: true));

        var reply = await host.SendAsync(ServiceQueues.Rollout, RolloutHost.Step("shop:v2", 1));

        Assert.Equal("0 of 1 pods of shop:v2 ready after 30s; 1 still starting", Assert.IsType<RolloutStepFailed>(reply).Reason);
    }
}
