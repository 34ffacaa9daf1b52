using Suite.Contracts.Gates;
using Suite.Contracts.Rollout;
using Suite.Sagas.History;

namespace Suite.Sagas.Tests;

/// <summary>Each strategy's step shape through the saga, with a cluster model whose traffic follows the route.</summary>
public sealed class When_each_strategy_deploys_a_good_version
{
    public static TheoryData<string> Strategies => [.. ScriptedPlans.Strategies];

    [Theory]
    [MemberData(nameof(Strategies))]
    public async Task Should_succeed_with_all_traffic_on_the_new_version(string strategy)
    {
        await using var host = await SagaTestHost.Start(s => s.Steps = ScriptedPlans.For(strategy));
        var id = await host.Deploy(SagaTestHost.Request(strategy));
        if (ScriptedPlans.WaitsForPromotion(strategy))
        {
            await host.InState(id, m => m.Paused);
            Assert.Equal("waiting for promotion", (await host.Query(id)).PauseReason);
            await host.Send(new PromoteDeployment { DeploymentId = id, RequestedBy = "carol" });
        }

        var saga = await host.InState(id, m => m.Succeeded);

        Assert.Equal(1.0, host.Script.Cluster.NewShare);
        Assert.Equal(4, host.Script.Cluster.New);
        Assert.Equal(PlanShape.RunSteps(ScriptedPlans.For(strategy)), saga.CompletedSteps);
        Assert.Equal(GateStages.Final, host.Script.Sent<EvaluateGate>().Last().Stage);
        Assert.True(await host.Harness.Published.Any<DeploymentSucceeded>(x => x.Context.Message.DeploymentId == id));
    }

    [Theory]
    [InlineData("blue-green", true)]
    [InlineData("canary", true)]
    [InlineData("ab-test", true)]
    [InlineData("rolling", false)]
    [InlineData("recreate", false)]
    public async Task Should_keep_the_previous_version_warm_where_it_still_runs(string strategy, bool warm)
    {
        await using var host = await SagaTestHost.Start(s => s.Steps = ScriptedPlans.For(strategy));
        var id = await host.Deploy(SagaTestHost.Request(strategy));

        var saga = await host.InState(id, m => m.Succeeded);

        Assert.Equal(warm ? 4 : 0, host.Script.Cluster.Old);
        Assert.Equal(warm, saga.RetirementTokenId is not null);
        Assert.Equal(warm ? host.Time.GetUtcNow() + TimeSpan.FromMinutes(5) : null, (await host.Query(id)).RollbackWindowEndsAt);
    }

    [Fact]
    public async Task Should_send_each_part_of_a_step_only_when_it_changes_something()
    {
        await using var host = await SagaTestHost.Start(s => s.Steps = ScriptedPlans.Canary());
        var id = await host.Deploy(SagaTestHost.Request("canary"));
        await host.InState(id, m => m.Succeeded);

        Assert.Equal([1, 2, 3, 4], host.Script.Sent<ApplyRolloutStep>().Select(c => c.Replicas));
        Assert.Equal([10, 25, 50, 75, 100], host.Script.Sent<SetTrafficRoute>().Select(c => c.WeightPercent!.Value));
        Assert.Empty(host.Script.Sent<Contracts.Draining.DrainPods>());
        var history = await host.History(id);
        Assert.Equal(4, history.OfType<WaitStarted>().Count(w => w.Kind == StepWaits.Pause));
        Assert.Equal([1, 2, 3, 4, 5], history.OfType<StepCompleted>().Select(s => s.StepIndex));
    }

    [Fact]
    public async Task Should_wait_for_each_batch_to_stabilize_before_its_gate()
    {
        await using var host = await SagaTestHost.Start(s => s.Steps = ScriptedPlans.Rolling(ScriptedPlans.Short));
        var id = await host.Deploy();
        await host.InState(id, m => m.Succeeded);

        var history = await host.History(id);
        var order = history.Where(e => e is WaitStarted or WaitEnded or GatePassed { Stage: GateStages.PostStep }).Select(e => e.GetType().Name).Take(3);
        Assert.Equal(["WaitStarted", "WaitEnded", "GatePassed"], order);
        Assert.Equal(4, history.OfType<WaitEnded>().Count());
    }
}

public sealed class When_each_strategy_deploys_a_bad_version
{
    public static TheoryData<string, int> FirstGateThatSeesIt => new()
    {
        { "rolling", 1 },
        { "blue-green", 2 },
        { "blue-green-manual", 2 },
        { "canary", 1 },
        { "canary-until-promoted", 2 },
        { "ab-test", 1 },
        { "recreate", 2 },
    };

    [Theory]
    [MemberData(nameof(FirstGateThatSeesIt))]
    public async Task Should_roll_back_at_the_first_gate_that_sees_it_with_all_traffic_on_the_old_version(string strategy, int step)
    {
        await using var host = await SagaTestHost.Start(s => (s.Steps, s.BadVersion) = (ScriptedPlans.For(strategy), true));
        var id = await host.Deploy(SagaTestHost.Request(strategy));
        if (ScriptedPlans.WaitsForPromotion(strategy))
        {
            await host.InState(id, m => m.Paused);
            await host.Send(new PromoteDeployment { DeploymentId = id, RequestedBy = "carol" });
        }

        var saga = await host.InState(id, m => m.RolledBack);

        var failed = Assert.Single((await host.History(id)).OfType<GateFailed>());
        Assert.Equal((GateStages.PostStep, step), (failed.Stage, failed.StepIndex));
        Assert.Equal(0.0, host.Script.Cluster.NewShare);
        Assert.Equal((0, 4), (host.Script.Cluster.New, host.Script.Cluster.Old));
        Assert.Contains("PostStep gate failed", saga.RollbackReason);
        Assert.Equal(0.0, (await host.Query(id)).NewVersionWeight);
    }
}
