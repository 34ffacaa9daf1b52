using System.Text.Json;

namespace Suite.Sagas.Tests;

public sealed class When_reading_max_surge_from_json
{
    [Theory]
    [InlineData("""{"maxSurge": 2}""", "2")]
    [InlineData("""{"maxSurge": "25%"}""", "25%")]
    [InlineData("""{"maxSurge": null}""", null)]
    [InlineData("""{}""", null)]
    public void Should_take_a_number_or_a_string(string json, string? expected)
    {
        var request = JsonSerializer.Deserialize<DeploymentRequested>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        Assert.Equal(expected, request.MaxSurge);
    }

    [Theory]
    [InlineData("25%", 4, true, 1)]
    [InlineData("25%", 5, true, 2)]
    [InlineData("25%", 5, false, 1)]
    [InlineData("30%", 10, false, 3)]
    [InlineData("3", 10, true, 3)]
    [InlineData("100%", 7, false, 7)]
    public void Should_resolve_percentages_as_kubernetes_does(string text, int total, bool roundUp, int expected)
    {
        Assert.True(IntOrPercent.TryParse(text, out var value, out _));
        Assert.Equal(expected, value.Resolve(total, roundUp));
    }
}
