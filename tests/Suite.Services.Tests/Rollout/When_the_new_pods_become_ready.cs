using Suite.Cluster.Simulated;
using Suite.Contracts;
using Suite.Contracts.Rollout;
using Suite.Services.Tests.Support;

namespace Suite.Services.Tests.Rollout;

public class When_the_new_pods_become_ready
{
    [Fact]
    public async Task Should_answer_only_once_the_step_s_pods_are_ready()
    {
        await using var host = await RolloutHost.StartAsync();
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v1", 4);
        host.Cluster.SetVersionBehaviour("shop:v2", new VersionBehaviour(0.002, 120, StartupDelay: TimeSpan.FromSeconds(10)));
        var started = host.Clock.GetUtcNow();

        var reply = await host.SendAsync(ServiceQueues.Rollout, RolloutHost.Step("shop:v2", 2, stepIndex: 3));

        var applied = Assert.IsType<RolloutStepApplied>(reply);
        Assert.Equal(RolloutHost.DeploymentId, applied.DeploymentId);
        Assert.Equal(3, applied.StepIndex);
        Assert.Equal(2, applied.ReadyReplicas);
        Assert.Equal(2, applied.DesiredReplicas);
        Assert.True(applied.AppliedAt >= started.AddSeconds(10), $"answered at {applied.AppliedAt:O}, before the pods could be ready");
    }

    [Fact]
    public async Task Should_leave_the_new_version_at_the_step_s_count()
    {
        await using var host = await RolloutHost.StartAsync();
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v1", 4);

        await host.SendAsync(ServiceQueues.Rollout, RolloutHost.Step("shop:v2", 2));

        var v2 = (await host.Cluster.GetWorkloadAsync(ServiceTestHost.Shop, default)).Version("shop:v2");
        Assert.Equal(new { Desired = 2, Ready = 2 }, new { v2!.Desired, v2.Ready });
    }
}
