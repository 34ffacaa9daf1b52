using Suite.Contracts.Compliance;
using Suite.Sagas.History;

namespace Suite.Sagas.Tests;

public sealed class When_the_request_is_invalid
{
    [Fact]
    public async Task Should_reject_it_listing_every_reason()
    {
        await using var host = await SagaTestHost.Start();
        var request = SagaTestHost.Request() with
        {
            Application = "Shop_Front", Namespace = "-retail", Image = "", Strategy = "Sideways", Replicas = 0, MaxSurge = "0", MaxUnavailable = "0%",
        };

        var id = await host.Deploy(request);
        await host.InState(id, m => m.Rejected);

        var rejected = host.Harness.Published.Select<DeploymentRejected>(x => x.Context.Message.DeploymentId == id).Single().Context.Message;
        Assert.Collection(rejected.Errors,
            e => Assert.StartsWith("Application 'Shop_Front' is not a valid Kubernetes name", e),
            e => Assert.StartsWith("Namespace '-retail' is not a valid Kubernetes name", e),
            e => Assert.Equal("Image is missing", e),
            e => Assert.StartsWith("Strategy 'Sideways' is unknown", e),
            e => Assert.Equal("Replicas must be at least 1, got 0", e),
            e => Assert.StartsWith("MaxSurge and MaxUnavailable cannot both be 0", e));
    }

    [Fact]
    public async Task Should_send_no_command_and_fault_nothing()
    {
        await using var host = await SagaTestHost.Start();
        var id = await host.Deploy(SagaTestHost.Request() with { Image = "" });
        await host.InState(id, m => m.Rejected);

        Assert.Empty(host.Script.Commands);
        Assert.False(await host.Harness.Published.Any<Fault>());
        Assert.False(await host.Harness.Published.Any<DeploymentAccepted>());
        var history = await host.History(id);
        Assert.IsType<RequestRejected>(Assert.Single(history));
    }

    [Fact]
    public async Task Should_reject_a_request_without_an_id_under_the_message_id()
    {
        await using var host = await SagaTestHost.Start();
        await host.Deploy(SagaTestHost.Request() with { DeploymentId = Guid.Empty });

        Assert.True(await host.Harness.Published.Any<DeploymentRejected>(x => x.Context.Message.Errors.Contains("DeploymentId is missing")));
        var rejected = host.Harness.Published.Select<DeploymentRejected>().Single().Context.Message;
        Assert.NotEqual(Guid.Empty, rejected.DeploymentId);
    }
}

public sealed class When_the_application_already_has_a_deployment_running
{
    [Fact]
    public async Task Should_reject_the_second_with_the_first_id()
    {
        await using var host = await SagaTestHost.Start(s => s.Hold<CheckComplianceWindow>());
        var first = await host.Deploy();
        await host.InState(first, m => m.CheckingWindow);

        var second = await host.Deploy(SagaTestHost.Request(image: "shop:v3"));
        await host.InState(second, m => m.Rejected);

        var rejected = host.Harness.Published.Select<DeploymentRejected>(x => x.Context.Message.DeploymentId == second).Single().Context.Message;
        Assert.Contains($"a deployment of retail/shop is already running ({first})", Assert.Single(rejected.Errors));
    }

    [Fact]
    public async Task Should_accept_another_application_meanwhile()
    {
        await using var host = await SagaTestHost.Start(s => s.Hold<CheckComplianceWindow>());
        var first = await host.Deploy();
        await host.InState(first, m => m.CheckingWindow);

        var other = await host.Deploy(SagaTestHost.Request(application: "cart", image: "cart:v9"));

        await host.InState(other, m => m.CheckingWindow);
    }
}

public sealed class When_the_same_request_is_delivered_twice
{
    [Fact]
    public async Task Should_start_one_deployment()
    {
        await using var host = await SagaTestHost.Start();
        var request = SagaTestHost.Request();
        await host.Deploy(request);
        await host.Deploy(request);
        await host.InState(request.DeploymentId, m => m.Succeeded);

        var history = await host.History(request.DeploymentId);
        Assert.Single(history.OfType<RequestAccepted>());
        Assert.Empty(host.Harness.Published.Select<DeploymentRejected>());
    }
}
