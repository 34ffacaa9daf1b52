using System.Text.RegularExpressions;
using Suite.Contracts;
using Suite.Contracts.Rollout;
using Suite.Rollout.Rollback;
using Suite.Rollout.Steps;
using Suite.Services.Tests.Support;

namespace Suite.Services.Tests.Rollout;

public class When_the_cluster_cannot_be_reached
{
    [Fact]
    public async Task Should_fail_the_step_with_the_cluster_s_one_line_reason()
    {
        await using var host = await RolloutHost.StartAsync(gateway: new UnreachableCluster());

        var reply = await host.SendAsync(ServiceQueues.Rollout, RolloutHost.Step("shop:v2", 2));

        var failed = Assert.IsType<RolloutStepFailed>(reply);
        Assert.Matches($"^Kubernetes [a-z ]+ shop/shop[^ ]* failed: {Regex.Escape(UnreachableCluster.Detail)}$", failed.Reason);
        var consumed = host.Harness.GetConsumerHarness<ApplyRolloutStepConsumer>().Consumed.Select<ApplyRolloutStep>().First();
        Assert.Null(consumed.Exception);
    }

    [Fact]
    public async Task Should_fail_the_rollback_with_the_cluster_s_one_line_reason()
    {
        await using var host = await RolloutHost.StartAsync(gateway: new UnreachableCluster());

        var reply = await host.SendAsync(ServiceQueues.Rollout, RolloutHost.Rollback("shop:v2", "shop:v1", 4));

        Assert.Contains(UnreachableCluster.Detail, Assert.IsType<RollbackFailed>(reply).Reason);
        var consumed = host.Harness.GetConsumerHarness<RollBackDeploymentConsumer>().Consumed.Select<RollBackDeployment>().First();
        Assert.Null(consumed.Exception);
    }
}
