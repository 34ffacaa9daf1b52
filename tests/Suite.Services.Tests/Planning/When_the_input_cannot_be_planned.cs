using Suite.Planning;

namespace Suite.Services.Tests.Planning;

public class When_the_input_cannot_be_planned
{
    private static readonly PlanInput Valid = new() { Replicas = 3, CurrentImage = "shop:v1", CurrentReplicas = 3, Image = "shop:v2" };

    [Theory]
    [InlineData("Canary")]
    [InlineData("bluegreen")]
    public void Should_say_the_strategy_is_not_supported_yet(string strategy)
    {
        var result = DeploymentPlanner.Plan(Valid with { Strategy = strategy });

        var canonical = strategy == "Canary" ? "Canary" : "BlueGreen";
        Assert.Equal([$"strategy '{canonical}' is not supported yet; use Rolling or Recreate"], result.Errors);
        Assert.Empty(result.Steps);
    }

    [Fact]
    public void Should_refuse_an_unknown_strategy()
    {
        var result = DeploymentPlanner.Plan(Valid with { Strategy = "Sideways" });

        Assert.Equal(["unknown strategy 'Sideways'; use Rolling or Recreate"], result.Errors);
    }

    [Fact]
    public void Should_refuse_surge_and_unavailability_both_zero()
    {
        var result = DeploymentPlanner.Plan(Valid with { MaxSurge = "0", MaxUnavailable = "0%" });

        Assert.Equal(["maxSurge and maxUnavailable may not both be 0: no pod could ever be replaced"], result.Errors);
    }

    [Fact]
    public void Should_list_every_reason_at_once()
    {
        var result = DeploymentPlanner.Plan(Valid with { Replicas = 0, MaxSurge = "lots", MaxUnavailable = "120%", Image = " " });

        Assert.Equal(
            [
                "image is required",
                "replicas must be at least 1, not 0",
                "maxSurge 'lots' is neither a whole number nor a percentage like '25%'",
                "maxUnavailable '120%' is more than 100%",
            ],
            result.Errors);
        Assert.False(result.Succeeded);
    }
}
