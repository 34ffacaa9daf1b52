using Suite.Contracts.Compliance;
using Suite.Contracts.Rollout;
using Suite.Sagas.History;

namespace Suite.Sagas.Tests;

public sealed class When_a_deployment_with_a_warm_previous_version_succeeded
{
    private static Task<SagaTestHost> Canary(Action<ServiceScript>? more = null) =>
        SagaTestHost.Start(s =>
        {
            s.Steps = ScriptedPlans.Canary();
            more?.Invoke(s);
        });

    [Fact]
    public async Task Should_switch_traffic_back_on_a_revert_inside_the_window()
    {
        await using var host = await Canary();
        var id = await host.Deploy(SagaTestHost.Request("canary"));
        await host.InState(id, m => m.Succeeded);

        await host.Send(new RevertDeployment { DeploymentId = id, RequestedBy = "erin", Reason = "checkout is slow" });

        var saga = await host.InState(id, m => m.RolledBack);
        var rollback = Assert.Single(host.Script.Sent<RollBackDeployment>());
        Assert.Equal(("shop:v2", "shop:v1", 4), (rollback.Image, rollback.PreviousImage, rollback.PreviousReplicas));
        Assert.Equal("reverted by erin: checkout is slow", saga.RollbackReason);
        Assert.Equal((0.0, 0, 4), (host.Script.Cluster.NewShare, host.Script.Cluster.New, host.Script.Cluster.Old));
        var rolledBack = host.Harness.Published.Select<DeploymentRolledBack>(x => x.Context.Message.DeploymentId == id).Single().Context.Message;
        Assert.Equal("reverted by erin: checkout is slow", rolledBack.Reason);
        Assert.Empty(host.Script.Sent<RetirePreviousVersion>());
    }

    [Fact]
    public async Task Should_retire_the_previous_version_when_the_window_is_over_and_refuse_a_revert_after()
    {
        await using var host = await Canary();
        var id = await host.Deploy(SagaTestHost.Request("canary"));
        var saga = await host.InState(id, m => m.Succeeded);

        await host.Send(new RetirementDue { DeploymentId = id, TokenId = saga.RetirementTokenId!.Value });
        Assert.True(await host.Saga.Consumed.Any<PreviousVersionRetired>());
        await host.Send(new RevertDeployment { DeploymentId = id, RequestedBy = "erin" });

        var retire = Assert.Single(host.Script.Sent<RetirePreviousVersion>());
        Assert.Equal(("shop:v2", "shop:v1"), (retire.Image, retire.PreviousImage));
        Assert.Equal((1.0, 0), (host.Script.Cluster.NewShare, host.Script.Cluster.Old));
        var history = await host.History(id);
        Assert.Single(history.OfType<RetirementCompleted>());
        var ended = host.Time.GetUtcNow().AddMinutes(5).ToString("u", System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith($"the rollback window ended at {ended} and shop:v1 was scaled down", history.OfType<ControlRefused>().Single().Reason);
        Assert.Empty(host.Script.Sent<RollBackDeployment>());
        await host.InState(id, m => m.Succeeded);
    }

    [Fact]
    public async Task Should_ignore_a_retirement_that_is_not_the_saga_s()
    {
        await using var host = await Canary();
        var id = await host.Deploy(SagaTestHost.Request("canary"));
        await host.InState(id, m => m.Succeeded);

        await host.Send(new RetirementDue { DeploymentId = id, TokenId = NewId.NextGuid() });

        Assert.Empty(host.Script.Sent<RetirePreviousVersion>());
    }

    [Fact]
    public async Task Should_retire_at_once_with_a_window_of_0s()
    {
        await using var host = await Canary();
        var id = await host.Deploy(SagaTestHost.Request("canary") with { RollbackWindow = "0s" });
        await host.InState(id, m => m.Succeeded);

        Assert.True(await host.Saga.Consumed.Any<PreviousVersionRetired>());
        Assert.Single(host.Script.Sent<RetirePreviousVersion>());
        Assert.Null((await host.Query(id)).RollbackWindowEndsAt);
    }

    [Fact]
    public async Task Should_keep_blue_up_for_the_scale_down_delay_when_it_is_longer_than_the_window()
    {
        await using var host = await SagaTestHost.Start(s => (s.Steps, s.ScaleDownDelay) = (ScriptedPlans.BlueGreen(manual: false), TimeSpan.FromSeconds(30)));
        var id = await host.Deploy(SagaTestHost.Request("blue-green") with { RollbackWindow = "0s" });
        await host.InState(id, m => m.Succeeded);

        Assert.Equal(host.Time.GetUtcNow() + TimeSpan.FromSeconds(30), (await host.Query(id)).RollbackWindowEndsAt);
        Assert.Empty(host.Script.Sent<RetirePreviousVersion>());
    }

    [Fact]
    public async Task Should_release_the_application_and_refuse_a_revert_while_the_next_deployment_runs()
    {
        await using var host = await Canary();
        var first = await host.Deploy(SagaTestHost.Request("canary"));
        await host.InState(first, m => m.Succeeded);
        host.Script.Hold<CheckComplianceWindow>();
        var second = await host.Deploy(SagaTestHost.Request(image: "shop:v3"));
        await host.InState(second, m => m.CheckingWindow);

        await host.Send(new RevertDeployment { DeploymentId = first, RequestedBy = "erin" });

        await host.InState(first, m => m.Succeeded);
        Assert.Contains($"a deployment of retail/shop is running ({second})", (await host.History(first)).OfType<ControlRefused>().Single().Reason);
        Assert.Empty(host.Script.Sent<RollBackDeployment>());
    }

    [Fact]
    public async Task Should_hold_the_application_while_the_revert_rolls_back()
    {
        await using var host = await Canary(s => s.Hold<RollBackDeployment>());
        var first = await host.Deploy(SagaTestHost.Request("canary"));
        await host.InState(first, m => m.Succeeded);
        await host.Send(new RevertDeployment { DeploymentId = first, RequestedBy = "erin" });
        await host.InState(first, m => m.RollingBack);

        var second = await host.Deploy(SagaTestHost.Request(image: "shop:v3"));

        await host.InState(second, m => m.Rejected);
        host.Script.Held.Clear();
        await host.Send(new RollbackApplied { DeploymentId = first, RestoredReplicas = 4 });
        await host.InState(first, m => m.RolledBack);
        await host.InState(await host.Deploy(SagaTestHost.Request(image: "shop:v4")), m => m.Succeeded);
    }
}

public sealed class When_a_deployment_without_a_warm_previous_version_succeeded
{
    [Fact]
    public async Task Should_have_no_rollback_window_and_say_why_a_revert_is_refused()
    {
        await using var host = await SagaTestHost.Start();
        var id = await host.Deploy();
        await host.InState(id, m => m.Succeeded);

        await host.Send(new RevertDeployment { DeploymentId = id, RequestedBy = "erin" });

        Assert.Null((await host.Query(id)).RollbackWindowEndsAt);
        Assert.Equal("shop:v1 was not kept warm (Rolling scales it down as it goes), so there is no rollback window; deploy it again to go back",
            (await host.History(id)).OfType<ControlRefused>().Single().Reason);
        Assert.Empty(host.Script.Sent<RetirePreviousVersion>());
    }
}
