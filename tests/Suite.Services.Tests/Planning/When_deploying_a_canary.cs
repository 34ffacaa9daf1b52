using Suite.Contracts;
using Suite.Contracts.Planning;
using Suite.Planning;
using Suite.Planning.Canary;

namespace Suite.Services.Tests.Planning;

public class When_deploying_a_canary
{
    private static readonly TimeSpan HalfMinute = TimeSpan.FromSeconds(30);

    private static PlanResult Plan(int replicas = 10, IReadOnlyList<CanaryStep>? steps = null, string? preset = null) => DeploymentPlanner.Plan(new PlanInput
    {
        Strategy = "Canary", Replicas = replicas, CurrentImage = "shop:v1", CurrentReplicas = replicas, Image = "shop:v2", CanarySteps = steps, Preset = preset,
    });

    private static CanaryStep Weight(int w) => new() { SetWeight = w };

    private static CanaryStep Pause(string? duration = null) => new() { Pause = new CanaryPause { Duration = duration } };

    private static CanaryStep Analysis() => new() { Analysis = new CanaryAnalysis() };

    [Fact]
    public void Should_go_10_25_50_75_100_with_a_pause_and_an_analysis_after_each_weight_by_default()
    {
        var steps = Plan().Steps;

        Assert.Equal(
            [
                (PlanStepKinds.SetWeight, 0, 10, (int?)0, false, false, (TimeSpan?)null),
                (PlanStepKinds.SetWeight, 1, 10, 10, false, true, HalfMinute),
                (PlanStepKinds.Analysis, 1, 10, 10, true, false, null),
                (PlanStepKinds.SetWeight, 3, 10, 25, false, true, HalfMinute),
                (PlanStepKinds.Analysis, 3, 10, 25, true, false, null),
                (PlanStepKinds.SetWeight, 5, 10, 50, false, true, HalfMinute),
                (PlanStepKinds.Analysis, 5, 10, 50, true, false, null),
                (PlanStepKinds.SetWeight, 8, 10, 75, false, true, HalfMinute),
                (PlanStepKinds.Analysis, 8, 10, 75, true, false, null),
                (PlanStepKinds.SetWeight, 10, 10, 100, true, false, null),
                (PlanStepKinds.ScaleDownOld, 10, 0, null, false, false, null),
            ],
            steps.Select(s => (s.Kind, s.NewReplicas, s.OldReplicas, s.TrafficWeight, s.Analysis, s.Pause, s.PauseDuration)));
    }

    [Fact]
    public void Should_go_in_small_steps_when_cautious()
    {
        var result = Plan(preset: "cautious");

        Assert.Equal("Cautious", result.Preset);
        Assert.Equal([0, 1, 2, 5, 10, 20, 35, 50, 75, 100], result.Steps.Where(s => s.Kind == PlanStepKinds.SetWeight).Select(s => s.TrafficWeight!.Value));
        Assert.Equal([1, 1, 1, 1, 2, 4, 5, 8, 10], result.Steps.Where(s => s.TrafficWeight > 0 && s.Kind == PlanStepKinds.SetWeight).Select(s => s.NewReplicas));
    }

    [Fact]
    public void Should_follow_the_weight_with_canary_replicas_rounded_up()
    {
        Assert.Equal([0, 1, 1, 3, 5, 10], new[] { 0, 1, 10, 21, 50, 100 }.Select(w => CanaryPlanner.CanaryReplicas(w, 10)));
        Assert.Equal([1, 1, 2, 3], new[] { 1, 33, 34, 100 }.Select(w => CanaryPlanner.CanaryReplicas(w, 3)));
    }

    [Fact]
    public void Should_run_a_gate_before_its_pause_within_a_step_and_split_a_pause_before_a_gate()
    {
        var steps = Plan(steps: [Weight(20), Analysis(), Pause(), Pause("5m"), Analysis(), Weight(100)]).Steps;

        Assert.Equal(
            [
                (PlanStepKinds.SetWeight, (int?)0, false, false, (TimeSpan?)null),
                (PlanStepKinds.SetWeight, 20, true, true, null),
                (PlanStepKinds.Pause, 20, false, true, TimeSpan.FromMinutes(5)),
                (PlanStepKinds.Analysis, 20, true, false, null),
                (PlanStepKinds.SetWeight, 100, false, false, null),
                (PlanStepKinds.ScaleDownOld, null, false, false, null),
            ],
            steps.Select(s => (s.Kind, s.TrafficWeight, s.Analysis, s.Pause, s.PauseDuration)));
    }

    [Fact]
    public void Should_add_a_final_100_percent_and_an_analysis_when_the_steps_stop_short()
    {
        var steps = Plan(steps: [Weight(30), Pause("1m")]).Steps;

        Assert.Equal([0, 30, 100], steps.Where(s => s.Kind == PlanStepKinds.SetWeight).Select(s => s.TrafficWeight!.Value));
        Assert.True(steps[^2].Analysis);
        Assert.Equal((10, 0, (int?)null), (steps[^1].NewReplicas, steps[^1].OldReplicas, steps[^1].TrafficWeight));
    }

    [Fact]
    public void Should_let_weights_go_down_as_argo_does()
    {
        var steps = Plan(steps: [Weight(50), Weight(20), Weight(100)]).Steps;

        Assert.Equal([(0, 0), (5, 50), (2, 20), (10, 100)], steps.Where(s => s.Kind == PlanStepKinds.SetWeight).Select(s => (s.NewReplicas, s.TrafficWeight!.Value)));
    }

    [Fact]
    public void Should_keep_the_stable_version_at_full_strength_until_the_last_step()
    {
        var steps = Plan(replicas: 4).Steps;

        Assert.All(steps.SkipLast(1), s => Assert.Equal(4, s.OldReplicas));
        Assert.All(steps, s => Assert.True(s.MinAvailable >= 4, $"step {s.Index} lets ready pods fall to {s.MinAvailable}"));
        Assert.Equal(8, steps.Max(s => s.MaxTotal));
    }

    [Fact]
    public void Should_refuse_steps_it_cannot_run_naming_each()
    {
        var result = Plan(steps:
        [
            Weight(101),
            new CanaryStep { SetWeight = 5, Analysis = new CanaryAnalysis() },
            new CanaryStep(),
            Pause("soon"),
        ]);

        Assert.Equal(
            [
                "canary step 1: setWeight 101 is not a percentage from 0 to 100",
                "canary step 2 must have exactly one of setWeight, pause or analysis, not 2",
                "canary step 3 must have exactly one of setWeight, pause or analysis, not 0",
                "canary step 4: pause duration 'soon' is not a duration like '30s', '5m' or '1h30m'",
            ],
            result.Errors);
    }

    [Fact]
    public void Should_refuse_an_empty_step_list_and_a_preset_beside_steps()
    {
        Assert.Equal(["canarySteps is empty; leave it out for the default steps"], Plan(steps: []).Errors);
        Assert.Equal(["preset 'Cautious' sets the canary steps itself; give either the preset or canarySteps"], Plan(steps: [Weight(5)], preset: "Cautious").Errors);
    }

    [Fact]
    public void Should_bring_the_new_version_up_at_once_when_nothing_serves_yet()
    {
        var result = DeploymentPlanner.Plan(new PlanInput { Strategy = "Canary", Replicas = 3, Image = "shop:v1" });

        PlanAssert.Steps(result.Steps, (3, 0, 0, 3));
        Assert.True(result.Steps[0].Analysis);
    }

    [Fact]
    public void Should_report_the_extremes_and_derived_surge_of_the_whole_plan()
    {
        var result = Plan(replicas: 10);

        Assert.Equal((10, 20, 10, 0), (result.MinAvailable, result.MaxTotal, result.MaxSurge, result.MaxUnavailable));
    }
}
