using System.Net;
using System.Text.Json;

namespace Suite.Integration.RabbitMq.Tests.Api;

[Collection(RabbitMqCollection.Name)]
public sealed class When_the_Orchestrator_does_not_answer(RabbitMqFixture broker) : ApiScenario(broker)
{
    [Fact]
    public async Task Should_answer_504_with_a_one_line_error()
    {
        using var response = await Http.GetAsync(new Uri($"/deployments/{StubOrchestrator.Silent}", UriKind.Relative));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        var error = body.RootElement.GetProperty("error").GetString();
        Assert.False(string.IsNullOrWhiteSpace(error));
        Assert.DoesNotContain('\n', error);
    }
}
