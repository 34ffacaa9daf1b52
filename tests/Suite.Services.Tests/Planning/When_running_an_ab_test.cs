using Suite.Contracts;
using Suite.Contracts.Planning;
using Suite.Planning;

namespace Suite.Services.Tests.Planning;

public class When_running_an_ab_test
{
    private static readonly HeaderRoute Beta = new() { Name = "X-Group", Value = "beta" };

    private static PlanResult Plan(HeaderRoute? header, string? experiment = null, int replicas = 20) => DeploymentPlanner.Plan(new PlanInput
    {
        Strategy = "ABTest", Replicas = replicas, CurrentImage = "shop:v1", CurrentReplicas = replicas, Image = "shop:v2",
        HeaderRoute = header, ExperimentDuration = experiment,
    });

    [Fact]
    public void Should_serve_the_header_from_a_small_new_version_for_the_experiment_then_gate_switch_and_retire_the_old()
    {
        var steps = Plan(Beta, "30m").Steps;

        Assert.Equal(
            [
                (PlanStepKinds.SetWeight, 0, 20, (int?)0, (HeaderRoute?)null, false, false, (TimeSpan?)null),
                (PlanStepKinds.HeaderRoute, 2, 20, 0, Beta, false, true, TimeSpan.FromMinutes(30)),
                (PlanStepKinds.Analysis, 2, 20, 0, Beta, true, false, null),
                (PlanStepKinds.SwitchTraffic, 20, 20, 100, null, true, false, null),
                (PlanStepKinds.ScaleDownOld, 20, 0, null, null, false, false, null),
            ],
            steps.Select(s => (s.Kind, s.NewReplicas, s.OldReplicas, s.TrafficWeight, s.HeaderRoute, s.Analysis, s.Pause, s.PauseDuration)));
    }

    [Fact]
    public void Should_run_the_experiment_until_promoted_without_a_duration()
    {
        var experiment = Assert.Single(Plan(Beta).Steps, s => s.Kind == PlanStepKinds.HeaderRoute);

        Assert.Equal((true, (TimeSpan?)null), (experiment.Pause, experiment.PauseDuration));
        Assert.EndsWith("until promoted", experiment.Description);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(9, 1)]
    [InlineData(10, 1)]
    [InlineData(11, 2)]
    public void Should_size_the_experiment_at_a_tenth_rounded_up(int replicas, int size)
    {
        Assert.Equal(size, Assert.Single(Plan(Beta, replicas: replicas).Steps, s => s.Kind == PlanStepKinds.HeaderRoute).NewReplicas);
    }

    [Fact]
    public void Should_need_a_header_that_requests_can_carry()
    {
        Assert.Equal(["the ABTest strategy needs a headerRoute: the header (name and value) whose requests go to the new version"], Plan(null).Errors);
        Assert.Equal(
            [
                "header route name 'X Group' is not an HTTP header name (letters, digits and !#$%&'*+-.^_`|~)",
                "header route value '' must be non-empty, without control characters or surrounding spaces",
            ],
            Plan(new HeaderRoute { Name = "X Group", Value = "" }).Errors);
    }
}
