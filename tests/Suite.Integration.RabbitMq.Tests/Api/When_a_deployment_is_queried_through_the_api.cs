using System.Net;
using System.Net.Http.Json;

namespace Suite.Integration.RabbitMq.Tests.Api;

[Collection(RabbitMqCollection.Name)]
public sealed class When_a_deployment_is_queried_through_the_api(RabbitMqFixture broker) : ApiScenario(broker)
{
    [Fact]
    public async Task Should_answer_the_state_the_Orchestrator_reports()
    {
        var report = await Http.GetFromJsonAsync<DeploymentStateReport>($"/deployments/{StubOrchestrator.Known}");

        Assert.NotNull(report);
        Assert.Equal((StubOrchestrator.Known, "RollingOut", 1, 4), (report.DeploymentId, report.State, report.Step, report.TotalSteps));
    }

    [Fact]
    public async Task Should_answer_the_history()
    {
        var history = await Http.GetFromJsonAsync<DeploymentHistoryReport>($"/deployments/{StubOrchestrator.Known}/history");

        Assert.NotNull(history);
        Assert.Equal("DeploymentRequested", Assert.Single(history.Entries).Type);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/history")]
    public async Task Should_answer_404_for_an_unknown_deployment(string suffix)
    {
        using var response = await Http.GetAsync(new Uri($"/deployments/{Guid.NewGuid()}{suffix}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
