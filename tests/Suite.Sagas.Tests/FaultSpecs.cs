using Suite.Contracts.Gates;
using Suite.Contracts.Planning;
using Suite.Contracts.Rollout;
using Suite.Sagas.History;

namespace Suite.Sagas.Tests;

/// <summary>A service that cannot process a command at all must not leave the deployment waiting forever.</summary>
public sealed class When_a_service_faults_on_a_command
{
    [Fact]
    public async Task Should_fail_a_deployment_that_changed_nothing_yet()
    {
        await using var host = await SagaTestHost.Start(s => s.Throws[typeof(PlanDeployment)] = true);
        var id = await host.Deploy();

        var saga = await host.InState(id, m => m.Failed);

        Assert.Equal("planning failed: PlanDeployment blew up", saga.LastError);
        Assert.IsType<CommandFaulted>((await host.History(id))[^2]);
        Assert.True(await host.Harness.Published.Any<DeploymentFailed>(x => x.Context.Message.DeploymentId == id));
        await host.InState(await host.Deploy(SagaTestHost.Request(image: "shop:v3")), m => m.Failed);
    }

    [Fact]
    public async Task Should_roll_back_a_deployment_whose_step_faulted()
    {
        await using var host = await SagaTestHost.Start(s => s.Throws[typeof(ApplyRolloutStep)] = true);
        var id = await host.Deploy();

        var saga = await host.InState(id, m => m.RolledBack);

        Assert.Equal("rollout failed: ApplyRolloutStep blew up", saga.RollbackReason);
    }

    [Fact]
    public async Task Should_end_failed_when_the_rollback_itself_faults()
    {
        await using var host = await SagaTestHost.Start(s =>
        {
            s.Throws[typeof(ApplyRolloutStep)] = true;
            s.Throws[typeof(RollBackDeployment)] = true;
        });
        var id = await host.Deploy();

        var saga = await host.InState(id, m => m.Failed);

        Assert.Equal("rollback failed: RollBackDeployment blew up", saga.LastError);
    }
}

public sealed class When_the_compliance_window_is_closed_for_good
{
    [Fact]
    public async Task Should_fail_instead_of_waiting()
    {
        await using var host = await SagaTestHost.Start(s => (s.WindowOpen, s.WindowClosedForGood) = (false, true));
        var id = await host.Deploy();

        var saga = await host.InState(id, m => m.Failed);

        Assert.Equal("compliance window closed for good: unknown compliance profile 'prod-typo'", saga.LastError);
        Assert.False(await host.Harness.Published.Any<DeploymentWaitingForWindow>());
    }
}

public sealed class When_a_stale_post_step_gate_answer_arrives_during_the_final_gate
{
    [Fact]
    public async Task Should_be_ignored()
    {
        await using var host = await SagaTestHost.Start(s => s.HeldGateStage = GateStages.Final);
        var id = await host.Deploy();
        Assert.True(await host.Harness.Consumed.Any<EvaluateGate>(x => x.Context.Message.Stage == GateStages.Final));

        await host.Harness.Bus.Publish(new GateEvaluated { DeploymentId = id, Stage = GateStages.PostStep, StepIndex = 4, Passed = true, Summary = "again" });
        await host.Harness.Bus.Publish(new GateEvaluated { DeploymentId = id, Stage = GateStages.Final, StepIndex = 4, Passed = true, Summary = "ok" });

        var saga = await host.InState(id, m => m.Succeeded);
        Assert.Equal(4, saga.CompletedSteps);
        Assert.Single(host.Script.Sent<EvaluateGate>(), g => g.Stage == GateStages.Final);
        Assert.Equal(4, host.Harness.Published.Select<DeploymentStepCompleted>(x => x.Context.Message.DeploymentId == id).Count());
    }
}

public sealed class When_the_traffic_route_cannot_be_set
{
    [Fact]
    public async Task Should_roll_back_saying_so()
    {
        await using var host = await SagaTestHost.Start(s => (s.Steps, s.RouteFails) = (ScriptedPlans.Canary(), true));
        var id = await host.Deploy(SagaTestHost.Request("canary"));

        var saga = await host.InState(id, m => m.RolledBack);

        Assert.Equal("step 1 route failed: no router for this application", saga.RollbackReason);
    }

    [Fact]
    public async Task Should_roll_back_when_the_router_faults()
    {
        await using var host = await SagaTestHost.Start(s =>
        {
            s.Steps = ScriptedPlans.Canary();
            s.Throws[typeof(SetTrafficRoute)] = true;
        });
        var id = await host.Deploy(SagaTestHost.Request("canary"));

        var saga = await host.InState(id, m => m.RolledBack);

        Assert.Equal("traffic routing failed: SetTrafficRoute blew up", saga.RollbackReason);
    }
}
