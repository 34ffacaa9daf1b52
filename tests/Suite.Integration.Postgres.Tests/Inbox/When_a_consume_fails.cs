using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Suite.Integration.Postgres.Tests.Inbox;

/// <summary>Every endpoint retries a failed consume before the message goes to the error queue.</summary>
public sealed class When_a_consume_fails : IAsyncLifetime
{
    private PostgresSuite _suite = null!;

    public async Task InitializeAsync() => _suite = await PostgresSuite.Start();

    public async Task DisposeAsync() => await _suite.DisposeAsync();

    [Fact]
    public void Should_be_retried_on_every_endpoint()
    {
        var result = _suite.Services.GetRequiredService<IBusControl>().GetProbeResult();
        var probe = JsonDocument.Parse(JsonSerializer.Serialize(result, result.GetType(), MassTransit.Serialization.SystemTextJsonMessageSerializer.Options));
        var endpoints = Endpoints(probe.RootElement).ToList();

        Assert.NotEmpty(endpoints);
        foreach (var queue in new[] { ServiceQueues.Orchestrator, ServiceQueues.Planning, ServiceQueues.Rollout, ServiceQueues.Draining,
                     ServiceQueues.QualityGates, ServiceQueues.TrafficAnalysis, ServiceQueues.ComplianceWindows, ServiceQueues.Notification,
                     ServiceQueues.History, ServiceQueues.Scheduler })
        {
            var endpoint = endpoints.Single(e => e.GetRawText().Contains($"/{queue}\"", StringComparison.Ordinal));
            var pipes = MessagePipes(endpoint).ToList();
            Assert.True(pipes.Count > 0, $"{queue} has no consume pipes in its probe");
            foreach (var (message, filters) in pipes)
            {
                var retries = filters.Count(f => f.TryGetProperty("filterType", out var type) && type.GetString() == "retry");
                Assert.True(retries == 1, $"{queue}: {message} has {retries} retry filters");
            }
        }
    }

    // Each message type's consume pipe on the endpoint, with its filters in order.
    private static IEnumerable<(string Message, IReadOnlyList<JsonElement> Filters)> MessagePipes(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object when element.TryGetProperty("outputType", out var output) && element.TryGetProperty("filters", out var filters)
            && output.GetString() is { } type && type.StartsWith("MassTransit.ConsumeContext<", StringComparison.Ordinal) =>
            [(type, filters.ValueKind == JsonValueKind.Array ? [.. filters.EnumerateArray()] : [filters])],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => MessagePipes(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(MessagePipes),
        _ => [],
    };

    private static IEnumerable<JsonElement> Endpoints(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object when element.TryGetProperty("receiveEndpoint", out var endpoints) =>
            endpoints.ValueKind == JsonValueKind.Array ? endpoints.EnumerateArray() : [endpoints],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Endpoints(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Endpoints),
        _ => [],
    };
}
