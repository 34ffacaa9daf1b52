using Suite.Planning;

namespace Suite.Services.Tests.Planning;

public class When_deploying_for_the_first_time
{
    [Theory]
    [InlineData("Rolling")]
    [InlineData("Recreate")]
    public void Should_go_straight_to_the_desired_replicas_in_one_step(string strategy)
    {
        var result = DeploymentPlanner.Plan(new PlanInput { Strategy = strategy, Replicas = 3, Image = "shop:v1" });

        Assert.True(result.Succeeded);
        PlanAssert.Steps(result.Steps, (3, 0, 0, 3));
    }

    [Fact]
    public void Should_plan_nothing_when_the_image_already_serves_at_full_strength_alone()
    {
        var result = DeploymentPlanner.Plan(new PlanInput { Replicas = 3, Image = "shop:v1", ImageReplicas = 3 });

        Assert.True(result.Succeeded);
        Assert.Empty(result.Steps);
    }

    [Fact]
    public void Should_retire_another_version_that_never_became_ready()
    {
        var result = DeploymentPlanner.Plan(new PlanInput
        {
            Replicas = 3, Image = "shop:v2", ImageReplicas = 3, CurrentImage = "shop:v1", CurrentReplicas = 0,
        });

        PlanAssert.Steps(result.Steps, (3, 0, 3, 3));
    }

    [Fact]
    public void Should_finish_a_rollout_an_earlier_attempt_left_half_way()
    {
        var result = DeploymentPlanner.Plan(new PlanInput
        {
            Replicas = 4, Image = "shop:v2", ImageReplicas = 2, CurrentImage = "shop:v1", CurrentReplicas = 2,
        });

        PlanAssert.Steps(result.Steps, (3, 0, 3, 5), (4, 0, 3, 4));
    }
}
