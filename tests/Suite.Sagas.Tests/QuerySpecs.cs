using Suite.Contracts.Gates;

namespace Suite.Sagas.Tests;

public sealed class When_a_deployment_is_queried
{
    [Fact]
    public async Task Should_answer_not_found_for_an_unknown_id()
    {
        await using var host = await SagaTestHost.Start();
        var unknown = NewId.NextGuid();

        var client = host.Harness.GetRequestClient<GetDeploymentState>();
        var response = await client.GetResponse<DeploymentStateReport, DeploymentNotFound>(new GetDeploymentState { DeploymentId = unknown });

        Assert.True(response.Is(out Response<DeploymentNotFound>? notFound));
        Assert.Equal(unknown, notFound!.Message.DeploymentId);
    }

    [Fact]
    public async Task Should_report_the_step_weight_and_replicas_while_running()
    {
        await using var host = await SagaTestHost.Start(s => s.Hold<EvaluateGate>());
        var id = await host.Deploy();
        Assert.True(await host.Harness.Consumed.Any<EvaluateGate>());
        await host.Harness.Bus.Publish(new GateEvaluated { DeploymentId = id, Stage = GateStages.PreDeployment, Passed = true, Summary = "ok" });
        Assert.True(await host.Harness.Consumed.Any<EvaluateGate>(x => x.Context.Message.Stage == GateStages.PostStep));

        var report = await host.Query(id);

        Assert.Equal(("Verifying", 0, 4), (report.State, report.Step, report.TotalSteps));
        Assert.Equal((1, 4, 4), (report.UpdatedReplicas, report.ReadyReplicas, report.DesiredReplicas));
        Assert.Equal(25.0, report.NewVersionWeight);
        Assert.Equal("passed: ok", report.LastGateOutcome);
        Assert.False(report.IsTerminal);
    }

    [Fact]
    public async Task Should_report_a_finished_deployment()
    {
        await using var host = await SagaTestHost.Start();
        var id = await host.Deploy();
        await host.InState(id, m => m.Succeeded);

        var report = await host.Query(id);

        Assert.Equal(("Succeeded", true, 4, 4, 100.0), (report.State, report.IsTerminal, report.Step, report.TotalSteps, report.NewVersionWeight));
        Assert.Equal("shop:v1", report.PreviousImage);
    }

    [Fact]
    public async Task Should_say_why_a_deployment_is_paused()
    {
        await using var host = await SagaTestHost.Start(s => s.Steps = ScriptedPlans.CanaryUntilPromoted());
        var id = await host.Deploy(SagaTestHost.Request("canary-until-promoted"));
        await host.InState(id, m => m.Paused);

        var report = await host.Query(id);

        Assert.Equal(("Paused", "waiting for promotion", 20.0), (report.State, report.PauseReason, report.NewVersionWeight));
        Assert.Equal((0, 2), (report.Step, report.TotalSteps));
        var paused = host.Harness.Published.Select<DeploymentPaused>().Single().Context.Message;
        Assert.Equal("waiting for promotion", paused.Reason);
    }
}
