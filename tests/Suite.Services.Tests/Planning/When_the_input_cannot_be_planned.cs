using Suite.Contracts;
using Suite.Planning;

namespace Suite.Services.Tests.Planning;

public class When_the_input_cannot_be_planned
{
    private static readonly PlanInput Valid = new() { Replicas = 3, CurrentImage = "shop:v1", CurrentReplicas = 3, Image = "shop:v2" };

    [Fact]
    public void Should_refuse_an_unknown_strategy()
    {
        var result = DeploymentPlanner.Plan(Valid with { Strategy = "Sideways" });

        Assert.Equal(["unknown strategy 'Sideways'; use Rolling, BlueGreen, Canary, ABTest, Recreate"], result.Errors);
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

    [Theory]
    [InlineData("Rolling", "Cautious", "unknown preset 'Cautious' for Rolling; use Conservative, Balanced, Aggressive, Adaptive")]
    [InlineData("Canary", "Balanced", "unknown preset 'Balanced' for Canary; use Cautious")]
    [InlineData("BlueGreen", "Cautious", "strategy BlueGreen takes no preset, not 'Cautious'")]
    [InlineData("Rolling", "Turbo", "unknown preset 'Turbo' for Rolling; use Conservative, Balanced, Aggressive, Adaptive")]
    public void Should_refuse_a_preset_the_strategy_does_not_have(string strategy, string preset, string error)
    {
        var result = DeploymentPlanner.Plan(Valid with { Strategy = strategy, Preset = preset });

        Assert.Equal([error], result.Errors);
    }

    [Fact]
    public void Should_refuse_a_preset_beside_explicit_limits()
    {
        var result = DeploymentPlanner.Plan(Valid with { Preset = "balanced", MaxSurge = "1" });

        Assert.Equal(["preset 'Balanced' sets maxSurge and maxUnavailable itself; give either the preset or maxSurge/maxUnavailable"], result.Errors);
    }

    [Fact]
    public void Should_refuse_the_options_of_another_strategy_rather_than_ignore_them()
    {
        var result = DeploymentPlanner.Plan(Valid with
        {
            Strategy = "Rolling",
            CanarySteps = [new CanaryStep { SetWeight = 50 }],
            HeaderRoute = new HeaderRoute { Name = "X-Beta", Value = "1" },
            ExperimentDuration = "5m",
            BlueGreen = new BlueGreenOptions(),
        });

        Assert.Equal(
            [
                "canarySteps only applies to the Canary strategy, not Rolling",
                "headerRoute only applies to the ABTest strategy, not Rolling",
                "experimentDuration only applies to the ABTest strategy, not Rolling",
                "blueGreen only applies to the BlueGreen strategy, not Rolling",
            ],
            result.Errors);
    }

    [Fact]
    public void Should_name_a_duration_it_cannot_read()
    {
        var result = DeploymentPlanner.Plan(Valid with { StabilizationWait = "ten seconds" });

        Assert.Equal(["stabilizationWait 'ten seconds' is not a duration like '30s', '5m' or '1h30m'"], result.Errors);
    }

    [Fact]
    public void Should_ignore_surge_and_unavailability_outside_rolling()
    {
        var result = DeploymentPlanner.Plan(Valid with { Strategy = "Canary", MaxSurge = "0", MaxUnavailable = "0" });

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
    }
}
