using System.Text.Json;
using MassTransit.Serialization;

namespace Suite.Host.Tests;

public sealed class When_a_publisher_outside_dotnet_writes_the_replicas
{
    [Theory]
    [InlineData("6")]
    [InlineData("\"6\"")]
    [InlineData("6.0")]
    [InlineData("\"6.0\"")]
    [InlineData("6e0")]
    public void Should_read_a_whole_number_however_it_is_written(string replicas)
    {
        var request = Read($$"""{"deploymentId":"6b1f6c36-5a2e-4a8e-9a57-0d0b5f1f3c11","application":"shop","image":"shop:1.5.0","replicas":{{replicas}}}""");

        Assert.Equal(6, request.Replicas);
    }

    [Theory]
    [InlineData("null")]
    [InlineData(null)]
    public void Should_leave_absent_replicas_absent(string? replicas)
    {
        var request = Read(replicas is null
            ? """{"application":"shop"}"""
            : $$"""{"application":"shop","replicas":{{replicas}}}""");

        Assert.Null(request.Replicas);
    }

    [Theory]
    [InlineData("6.5")]
    [InlineData("\"6.5\"")]
    [InlineData("\"six\"")]
    [InlineData("true")]
    [InlineData("3000000000")]
    public void Should_refuse_anything_but_a_whole_number_naming_the_field(string replicas)
    {
        var refused = Assert.Throws<JsonException>(() => Read($$"""{"application":"shop","replicas":{{replicas}}}"""));

        Assert.Contains("replicas", refused.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Should_write_replicas_as_a_number()
    {
        var json = JsonSerializer.Serialize(new DeploymentRequested { Application = "shop", Replicas = 6 }, SystemTextJsonMessageSerializer.Options);

        Assert.Equal(6, JsonDocument.Parse(json).RootElement.GetProperty("replicas").GetInt32());
    }

    private static DeploymentRequested Read(string json) =>
        JsonSerializer.Deserialize<DeploymentRequested>(json, SystemTextJsonMessageSerializer.Options)!;
}
