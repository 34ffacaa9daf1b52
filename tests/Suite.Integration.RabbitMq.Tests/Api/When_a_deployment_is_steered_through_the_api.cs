using System.Net;
using System.Net.Http.Json;
using Suite.Api;

namespace Suite.Integration.RabbitMq.Tests.Api;

[Collection(RabbitMqCollection.Name)]
public sealed class When_a_deployment_is_steered_through_the_api(RabbitMqFixture broker) : ApiScenario(broker)
{
    [Fact]
    public async Task Should_publish_pause_with_who_and_why()
    {
        var id = Guid.NewGuid();

        using var response = await Http.PostAsJsonAsync($"/deployments/{id}/pause", new { requestedBy = "ops", reason = "incident" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var pause = await Log.WaitFor<PauseDeployment>(m => m.DeploymentId == id, Deadline);
        Assert.Equal(("ops", "incident"), (pause.RequestedBy, pause.Reason));
    }

    [Fact]
    public async Task Should_publish_a_full_promote()
    {
        var id = Guid.NewGuid();

        using var response = await Http.PostAsJsonAsync($"/deployments/{id}/promote", new { requestedBy = "ops", full = true });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var promote = await Log.WaitFor<PromoteDeployment>(m => m.DeploymentId == id, Deadline);
        Assert.True(promote.Full);
    }
}

[Collection(RabbitMqCollection.Name)]
public sealed class When_a_deployment_is_approved_or_overridden_through_the_api(RabbitMqFixture broker) : ApiScenario(broker)
{
    [Fact]
    public async Task Should_publish_the_approval_with_who_and_why()
    {
        var id = Guid.NewGuid();

        using var response = await Http.PostAsJsonAsync($"/deployments/{id}/approve", new { approver = " bob ", reason = "CAB-1142" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var approval = await Log.WaitFor<ApproveDeployment>(m => m.DeploymentId == id, Deadline);
        Assert.Equal(("bob", "CAB-1142"), (approval.Approver, approval.Reason));
    }

    [Fact]
    public async Task Should_publish_the_override()
    {
        var id = Guid.NewGuid();

        using var response = await Http.PostAsJsonAsync($"/deployments/{id}/override", new { approver = "dr-bob", reason = "outage" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("dr-bob", (await Log.WaitFor<OverrideComplianceWindow>(m => m.DeploymentId == id, Deadline)).Approver);
    }

    [Fact]
    public async Task Should_refuse_an_override_without_a_reason_and_publish_nothing()
    {
        var id = Guid.NewGuid();

        using var response = await Http.PostAsJsonAsync($"/deployments/{id}/override", new { approver = "dr-bob" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("an emergency override needs a reason", (await response.Content.ReadFromJsonAsync<ApiError>())!.Error);
        var other = Guid.NewGuid();
        using var valid = await Http.PostAsJsonAsync($"/deployments/{other}/override", new { approver = "dr-bob", reason = "outage" });
        await Log.WaitFor<OverrideComplianceWindow>(m => m.DeploymentId == other, Deadline);
        Assert.False(Log.Contains<OverrideComplianceWindow>(m => m.DeploymentId == id));
    }
}
