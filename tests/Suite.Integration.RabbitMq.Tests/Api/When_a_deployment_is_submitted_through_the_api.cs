using System.Net;
using System.Net.Http.Json;
using Suite.Api;
using Suite.Api.Deployments;

namespace Suite.Integration.RabbitMq.Tests.Api;

[Collection(RabbitMqCollection.Name)]
public sealed class When_a_deployment_is_submitted_through_the_api(RabbitMqFixture broker) : ApiScenario(broker)
{
    [Fact]
    public async Task Should_publish_it_with_an_id_and_answer_202_with_its_location()
    {
        using var response = await Http.PostAsJsonAsync(
            "/deployments",
            new { application = "shop", @namespace = "retail", image = "shop:v2", environment = "staging", requestedBy = "ci", maxSurge = 1, maxUnavailable = "25%" });
        var accepted = await response.Content.ReadFromJsonAsync<DeploymentCommandAccepted>();

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.NotNull(accepted);
        Assert.NotEqual(Guid.Empty, accepted.DeploymentId);
        Assert.Equal($"/deployments/{accepted.DeploymentId}", response.Headers.Location?.OriginalString);
        var published = await Log.WaitFor<DeploymentRequested>(m => m.DeploymentId == accepted.DeploymentId, Deadline);
        Assert.Equal(("shop", "retail", "shop:v2", "1", "25%"),
            (published.Application, published.Namespace, published.Image, published.MaxSurge, published.MaxUnavailable));
        Assert.NotEqual(default, published.RequestedAt);
    }

    [Fact]
    public async Task Should_keep_an_id_the_caller_chose()
    {
        var id = Guid.NewGuid();

        using var response = await Http.PostAsJsonAsync("/deployments", new { deploymentId = id, application = "shop", @namespace = "retail", image = "shop:v2", environment = "staging", requestedBy = "ci" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await Log.WaitFor<DeploymentRequested>(m => m.DeploymentId == id, Deadline);
    }

    [Fact]
    public async Task Should_refuse_a_malformed_request_with_every_reason_and_publish_nothing()
    {
        var id = Guid.NewGuid();

        using var response = await Http.PostAsJsonAsync("/deployments",
            new { deploymentId = id, application = "Shop", @namespace = "retail", image = "", environment = "staging", requestedBy = "ci", replicas = 0 });
        var error = await response.Content.ReadFromJsonAsync<ApiError>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(error);
        Assert.Equal(3, error.Errors!.Count);
        Assert.StartsWith("the deployment request is invalid: Application 'Shop' is not a valid Kubernetes name", error.Error);
        Assert.Contains("Image is missing", error.Errors);
        Assert.Contains("Replicas must be at least 1, got 0", error.Errors);
        using var valid = await Http.PostAsJsonAsync("/deployments",
            new { application = "shop", @namespace = "retail", image = "shop:v2", environment = "staging", requestedBy = "ci" });
        var accepted = await valid.Content.ReadFromJsonAsync<DeploymentCommandAccepted>();
        await Log.WaitFor<DeploymentRequested>(m => m.DeploymentId == accepted!.DeploymentId, Deadline);
        Assert.False(Log.Contains<DeploymentRequested>(m => m.DeploymentId == id));
    }
}
