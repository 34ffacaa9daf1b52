using System.Net;
using System.Net.Http.Json;

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
