using Suite.Contracts;
using Suite.Planning.Rolling;

namespace Suite.Services.Tests.Planning;

public class When_rolling_with_counts
{
    [Fact]
    public void Should_surge_three_and_drain_to_eight_ready_of_ten()
    {
        var steps = RollingPlanner.Plan(10, IntOrPercent.Count(3), IntOrPercent.Count(2), oldReplicas: 10);

        PlanAssert.Steps(steps, (3, 5, 8, 13), (8, 0, 8, 13), (10, 0, 8, 10));
    }

    [Fact]
    public void Should_drain_first_when_no_surge_is_allowed()
    {
        var steps = RollingPlanner.Plan(3, IntOrPercent.Count(0), IntOrPercent.Count(1), oldReplicas: 3);

        PlanAssert.Steps(steps, (0, 2, 2, 3), (1, 1, 2, 3), (2, 0, 2, 3), (3, 0, 2, 3));
    }

    [Fact]
    public void Should_keep_every_replica_ready_when_none_may_be_unavailable()
    {
        var steps = RollingPlanner.Plan(3, IntOrPercent.Count(1), IntOrPercent.Count(0), oldReplicas: 3);

        PlanAssert.Steps(steps, (1, 2, 3, 4), (2, 1, 3, 4), (3, 0, 3, 4));
    }
}
