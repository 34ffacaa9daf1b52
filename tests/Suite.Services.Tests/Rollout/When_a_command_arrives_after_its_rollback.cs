using Suite.Cluster.Simulated;
using Suite.Contracts;
using Suite.Contracts.Rollout;
using Suite.Services.Tests.Support;

namespace Suite.Services.Tests.Rollout;

/// <summary>A step, route or retirement of a deployment that was rolled back, in flight or delivered again: the rollback's mark stops it.</summary>
public class When_a_command_arrives_after_its_rollback
{
    [Fact]
    public async Task Should_not_scale_the_bad_version_up_again()
    {
        await using var host = await RolloutHost.StartAsync();
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v1", 4);
        Assert.IsType<RollbackApplied>(await host.SendAsync(ServiceQueues.Rollout, RolloutHost.Rollback("shop:v2", "shop:v1", 4)));

        var reply = await host.SendAsync(ServiceQueues.Rollout, RolloutHost.Step("shop:v2", 2, stepIndex: 1));

        Assert.Contains($"deployment {RolloutHost.DeploymentId} was rolled back: step 1 not applied", Assert.IsType<RolloutStepFailed>(reply).Reason);
        var status = await host.Cluster.GetWorkloadAsync(ServiceTestHost.Shop, default);
        Assert.Equal((0, 0), (status.Version("shop:v2")!.Desired, status.Version("shop:v2")!.Running));
        Assert.Equal(4, status.Version("shop:v1")!.Ready);
    }

    [Fact]
    public async Task Should_stop_a_step_still_waiting_for_its_pods_and_not_hold_the_rollback_back()
    {
        await using var host = await RolloutHost.StartAsync();
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v1", 4);
        host.Cluster.SetVersionBehaviour("shop:v2", new VersionBehaviour(0.002, 120, StartupDelay: TimeSpan.FromMinutes(1)));
        var rollback = await host.Harness.Bus.GetSendEndpoint(ServiceQueues.Address(ServiceQueues.Rollout));

        var reply = await host.SendAsync(ServiceQueues.Rollout, RolloutHost.Step("shop:v2", 2), wait =>
        {
            if (wait == 1)
            {
                // The rollback runs beside the step (it has partitions of its own) and is done before the step looks again.
                rollback.Send(RolloutHost.Rollback("shop:v2", "shop:v1", 4)).GetAwaiter().GetResult();
                Assert.True(host.Harness.Published.Any<RollbackApplied>().GetAwaiter().GetResult());
            }
        });

        Assert.Contains("was rolled back while step 1 waited for its pods", Assert.IsType<RolloutStepFailed>(reply).Reason);
        Assert.Equal([("shop:v2", 2, false), ("shop:v1", 4, false), ("shop:v2", 0, false)], host.Gateway.Scales.Select(s => (s.Image, s.Replicas, s.Refused)));
        Assert.Equal(0, (await host.Cluster.GetWorkloadAsync(ServiceTestHost.Shop, default)).Version("shop:v2")!.Running);
    }

    [Fact]
    public async Task Should_not_route_traffic_for_it_once_the_rollback_marked_the_versions()
    {
        await using var host = await RolloutHost.StartAsync();
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v1", 4);
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v2", 2);
        await host.Cluster.SetRouteAsync(ServiceTestHost.Shop, "shop:v2", 0, null, default);
        await host.Cluster.MarkRolledBackAsync(ServiceTestHost.Shop, "shop:v2", RolloutHost.DeploymentId, default);

        var reply = await host.SendAsync(ServiceQueues.Rollout, RolloutHost.Route("shop:v2", 50, stepIndex: 3));

        Assert.Contains("the route of step 3 not set", Assert.IsType<TrafficRouteFailed>(reply).Reason);
        Assert.Equal(0, (await host.Cluster.GetRouteAsync(ServiceTestHost.Shop, default))!.WeightPercent);
    }

    [Fact]
    public async Task Should_not_retire_the_previous_version_that_a_revert_brought_back()
    {
        await using var host = await RolloutHost.StartAsync();
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v1", 4);
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v2", 4);
        await host.Cluster.SetRouteAsync(ServiceTestHost.Shop, "shop:v2", 100, null, default);
        Assert.IsType<RollbackApplied>(await host.SendAsync(ServiceQueues.Rollout, RolloutHost.Rollback("shop:v2", "shop:v1", 4)));

        var retire = await host.Harness.Bus.GetSendEndpoint(ServiceQueues.Address(ServiceQueues.Rollout));
        await retire.Send(RolloutHost.Retire("shop:v2", "shop:v1"));

        Assert.True(await host.Harness.Consumed.Any<RetirePreviousVersion>());
        Assert.False(await host.Harness.Published.Any<PreviousVersionRetired>());
        var v1 = (await host.Cluster.GetWorkloadAsync(ServiceTestHost.Shop, default)).Version("shop:v1")!;
        Assert.Equal((4, 4), (v1.Desired, v1.Ready));
        Assert.True(host.Gateway.Scales[^1].Refused);
    }
}
