using Suite.Contracts.Planning;
using Suite.Contracts.Rollout;

namespace Suite.Sagas.Tests;

public sealed class When_the_cluster_answers_other_than_the_plan
{
    [Fact]
    public async Task Should_roll_back_instead_of_asking_again_for_ever()
    {
        await using var host = await SagaTestHost.Start(s => s.ScaledTo = asked => asked == 2 ? 3 : asked);
        var id = await host.Deploy();

        var saga = await host.InState(id, m => m.RolledBack);

        Assert.Equal("step 2 rollout: the new version is at 3 replica(s), the plan asked for 2", saga.RollbackReason);
        Assert.Equal(2, host.Script.Sent<ApplyRolloutStep>().Count());
    }
}

public sealed class When_a_step_lowers_the_new_version_s_weight
{
    [Fact]
    public void Should_move_traffic_off_it_before_its_pods_go()
    {
        var s = new DeploymentState
        {
            WindowOpen = true, WindowClearedStep = 2, TrafficAnalyzed = true, Planned = true, PreflightPassed = true, CompletedSteps = 1,
            PreviousImage = "shop:v1", OldReady = 4, NewScaledTo = 2, RouteWeight = 50,
            Steps =
            [
                new PlanStep { Index = 1, NewReplicas = 2, OldReplicas = 4, TrafficWeight = 50 },
                new PlanStep { Index = 2, NewReplicas = 1, OldReplicas = 4, TrafficWeight = 20 },
            ],
        };

        Assert.Equal(NextAction.Route, DeploymentProgress.Next(s));
        s.RouteWeight = 20;
        Assert.Equal(NextAction.RollOut, DeploymentProgress.Next(s));
    }

    [Fact]
    public void Should_scale_up_before_it_takes_more_traffic()
    {
        var s = new DeploymentState
        {
            WindowOpen = true, WindowClearedStep = 1, TrafficAnalyzed = true, Planned = true, PreflightPassed = true,
            PreviousImage = "shop:v1", OldReady = 4, NewScaledTo = 1, RouteWeight = 10,
            Steps = [new PlanStep { Index = 1, NewReplicas = 2, OldReplicas = 4, TrafficWeight = 50 }],
        };

        Assert.Equal(NextAction.RollOut, DeploymentProgress.Next(s));
    }
}

public sealed class When_a_pending_pause_is_cancelled_by_a_full_promotion
{
    [Fact]
    public async Task Should_tell_subscribers_the_deployment_goes_on()
    {
        await using var host = await SagaTestHost.Start(s => s.Hold<ApplyRolloutStep>());
        var id = await host.Deploy();
        await host.InState(id, m => m.RollingOut);
        await host.Send(new PauseDeployment { DeploymentId = id, RequestedBy = "bob" });

        await host.Send(new PromoteDeployment { DeploymentId = id, RequestedBy = "carol", Full = true });

        var resumed = host.Harness.Published.Select<DeploymentResumed>().Single().Context.Message;
        Assert.Equal(("carol", "fully promoted"), (resumed.RequestedBy, resumed.Reason));
        Assert.False((await host.Query(id)).PauseRequested);
    }
}
