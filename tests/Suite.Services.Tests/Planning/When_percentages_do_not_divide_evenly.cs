using Suite.Contracts;
using Suite.Planning;
using Suite.Planning.Rolling;

namespace Suite.Services.Tests.Planning;

public class When_percentages_do_not_divide_evenly
{
    [Fact]
    public void Should_round_surge_up_and_unavailable_down()
    {
        var limits = RollingLimits.Resolve(5, IntOrPercent.Percent(30), IntOrPercent.Percent(30));

        Assert.Equal(new RollingLimits(MaxSurge: 2, MaxUnavailable: 1), limits);
    }

    [Fact]
    public void Should_plan_five_replicas_at_30_percent_in_two_steps()
    {
        var result = DeploymentPlanner.Plan(new PlanInput
        {
            Replicas = 5, MaxSurge = "30%", MaxUnavailable = "30%", CurrentImage = "shop:v1", CurrentReplicas = 5, Image = "shop:v2",
        });

        Assert.Equal((2, 1), (result.MaxSurge, result.MaxUnavailable));
        PlanAssert.Steps(result.Steps, (2, 2, 4, 7), (5, 0, 4, 7));
    }

    [Fact]
    public void Should_allow_one_unavailable_pod_when_both_resolve_to_zero()
    {
        var result = DeploymentPlanner.Plan(new PlanInput
        {
            Replicas = 3, MaxSurge = "0", MaxUnavailable = "25%", CurrentImage = "shop:v1", CurrentReplicas = 3, Image = "shop:v2",
        });

        Assert.True(result.Succeeded);
        Assert.Equal((0, 1), (result.MaxSurge, result.MaxUnavailable));
        PlanAssert.Steps(result.Steps, (0, 2, 2, 3), (1, 1, 2, 3), (2, 0, 2, 3), (3, 0, 2, 3));
    }
}
