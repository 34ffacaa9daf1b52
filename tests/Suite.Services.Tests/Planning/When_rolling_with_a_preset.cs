using Suite.Contracts.Planning;
using Suite.Planning;

namespace Suite.Services.Tests.Planning;

public class When_rolling_with_a_preset
{
    private static PlanResult Plan(string preset, int replicas = 8, string? stabilization = null) => DeploymentPlanner.Plan(new PlanInput
    {
        Preset = preset, Replicas = replicas, CurrentImage = "shop:v1", CurrentReplicas = replicas, Image = "shop:v2", StabilizationWait = stabilization,
    });

    [Theory]
    [InlineData("Conservative", 1, 0)]
    [InlineData("balanced", 2, 2)]
    [InlineData("AGGRESSIVE", 4, 4)]
    [InlineData("Adaptive", 2, 2)]
    public void Should_resolve_the_preset_limits(string preset, int maxSurge, int maxUnavailable)
    {
        var result = Plan(preset);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal((maxSurge, maxUnavailable), (result.MaxSurge, result.MaxUnavailable));
        Assert.Equal(result.Preset, result.Preset!.Trim());
    }

    [Fact]
    public void Should_replace_one_pod_at_a_time_when_conservative()
    {
        var result = Plan("Conservative", replicas: 3);

        PlanAssert.Steps(result.Steps, (1, 2, 3, 4), (2, 1, 3, 4), (3, 0, 3, 4));
        Assert.Equal("Conservative", result.Preset);
    }

    [Fact]
    public void Should_settle_each_batch_for_ten_seconds_then_gate_it()
    {
        var result = Plan("Balanced");

        Assert.All(result.Steps, s => Assert.Equal((PlanStepKinds.Scale, TimeSpan.FromSeconds(10), true), (s.Kind, s.Stabilization, s.Analysis)));
        Assert.All(result.Steps, s => Assert.Null(s.TrafficWeight));
    }

    [Fact]
    public void Should_wait_as_long_as_the_request_says_and_not_at_all_for_zero()
    {
        Assert.All(Plan("Balanced", stabilization: "1m").Steps, s => Assert.Equal(TimeSpan.FromMinutes(1), s.Stabilization));
        Assert.All(Plan("Balanced", stabilization: "0s").Steps, s => Assert.Null(s.Stabilization));
    }

    [Fact]
    public void Should_describe_each_batch()
    {
        var result = Plan("Conservative", replicas: 2);

        Assert.Equal(["batch 1/2: new 1 (+1), old 1 (-1)", "batch 2/2: new 2 (+1), old 0 (-1)"], result.Steps.Select(s => s.Description));
    }
}
