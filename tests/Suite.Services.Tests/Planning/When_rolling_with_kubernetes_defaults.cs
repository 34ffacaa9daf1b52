using Suite.Contracts;
using Suite.Planning;
using Suite.Planning.Rolling;

namespace Suite.Services.Tests.Planning;

public class When_rolling_with_kubernetes_defaults
{
    [Fact]
    public void Should_surge_one_and_keep_three_of_four_ready()
    {
        var steps = RollingPlanner.Plan(4, IntOrPercent.Percent(25), IntOrPercent.Percent(25), oldReplicas: 4);

        PlanAssert.Steps(steps, (1, 2, 3, 5), (3, 0, 3, 5), (4, 0, 3, 4));
    }

    [Fact]
    public void Should_use_25_percent_for_both_when_the_request_gives_neither()
    {
        var result = DeploymentPlanner.Plan(new PlanInput { Replicas = 4, CurrentImage = "shop:v1", CurrentReplicas = 4, Image = "shop:v2" });

        Assert.True(result.Succeeded);
        Assert.Equal((1, 1), (result.MaxSurge, result.MaxUnavailable));
        PlanAssert.Steps(result.Steps, (1, 2, 3, 5), (3, 0, 3, 5), (4, 0, 3, 4));
    }

    [Fact]
    public void Should_replace_a_single_replica_by_surging_because_25_percent_of_one_rounds_to_no_unavailable_pod()
    {
        var result = DeploymentPlanner.Plan(new PlanInput { Replicas = 1, CurrentImage = "shop:v1", CurrentReplicas = 1, Image = "shop:v2" });

        Assert.Equal((1, 0), (result.MaxSurge, result.MaxUnavailable));
        PlanAssert.Steps(result.Steps, (1, 0, 1, 2));
    }
}
