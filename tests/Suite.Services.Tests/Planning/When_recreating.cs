using Suite.Planning;

namespace Suite.Services.Tests.Planning;

public class When_recreating
{
    [Fact]
    public void Should_take_everything_down_then_bring_the_new_version_up()
    {
        var result = DeploymentPlanner.Plan(new PlanInput
        {
            Strategy = "recreate", Replicas = 3, CurrentImage = "shop:v1", CurrentReplicas = 3, Image = "shop:v2",
        });

        Assert.Equal("Recreate", result.Strategy);
        PlanAssert.Steps(result.Steps, (0, 0, 0, 3), (3, 0, 0, 3));
    }

    [Fact]
    public void Should_not_look_at_surge_or_unavailability()
    {
        var result = DeploymentPlanner.Plan(new PlanInput
        {
            Strategy = "Recreate", Replicas = 3, MaxSurge = "0", MaxUnavailable = "0", CurrentImage = "shop:v1", CurrentReplicas = 5, Image = "shop:v2",
        });

        Assert.True(result.Succeeded);
        Assert.Equal((0, 3), (result.MaxSurge, result.MaxUnavailable));
        PlanAssert.Steps(result.Steps, (0, 0, 0, 5), (3, 0, 0, 3));
    }
}
