using Suite.Contracts;
using Suite.Planning.Rolling;

namespace Suite.Services.Tests.Planning;

public class When_the_old_version_is_not_at_the_desired_count
{
    [Fact]
    public void Should_never_go_below_what_a_short_old_version_serves()
    {
        var steps = RollingPlanner.Plan(4, IntOrPercent.Percent(25), IntOrPercent.Percent(25), oldReplicas: 2);

        PlanAssert.Steps(steps, (3, 0, 2, 5), (4, 0, 3, 4));
    }

    [Fact]
    public void Should_bring_up_every_new_replica_at_once_when_the_surge_leaves_room()
    {
        var steps = RollingPlanner.Plan(10, IntOrPercent.Count(3), IntOrPercent.Count(2), oldReplicas: 2);

        PlanAssert.Steps(steps, (10, 0, 2, 12));
    }

    [Fact]
    public void Should_drain_an_oversized_old_version_before_adding_anything()
    {
        var steps = RollingPlanner.Plan(4, IntOrPercent.Percent(25), IntOrPercent.Percent(25), oldReplicas: 8);

        PlanAssert.Steps(steps, (0, 3, 3, 8), (2, 1, 3, 5), (4, 0, 3, 5));
    }
}
