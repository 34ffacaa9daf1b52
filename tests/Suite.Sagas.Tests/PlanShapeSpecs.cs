namespace Suite.Sagas.Tests;

public sealed class When_reading_the_shape_of_a_plan
{
    [Theory]
    [InlineData("rolling", 4)]
    [InlineData("blue-green", 2)]
    [InlineData("canary", 5)]
    [InlineData("canary-until-promoted", 2)]
    [InlineData("ab-test", 2)]
    [InlineData("recreate", 2)]
    public void Should_leave_the_scale_down_of_a_version_serving_nothing_to_the_rollback_window(string strategy, int run) =>
        Assert.Equal(run, PlanShape.RunSteps(ScriptedPlans.For(strategy)));

    [Fact]
    public void Should_jump_a_canary_straight_to_its_last_weight()
    {
        var steps = ScriptedPlans.Canary();
        Assert.Equal(4, PlanShape.JumpTarget(steps, completedSteps: 0, oldReplicasNow: 4));
        Assert.Null(PlanShape.JumpTarget(steps, completedSteps: 4, oldReplicasNow: 4));
    }

    [Fact]
    public void Should_not_jump_a_rolling_update_past_its_max_surge()
    {
        var steps = ScriptedPlans.Rolling();
        Assert.Null(PlanShape.JumpTarget(steps, completedSteps: 1, oldReplicasNow: 3));
        Assert.Equal(3, PlanShape.JumpTarget(steps, completedSteps: 2, oldReplicasNow: 1));
    }
}
