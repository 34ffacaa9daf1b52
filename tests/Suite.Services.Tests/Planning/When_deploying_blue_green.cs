using Suite.Contracts;
using Suite.Contracts.Planning;
using Suite.Planning;

namespace Suite.Services.Tests.Planning;

public class When_deploying_blue_green
{
    private static PlanResult Plan(BlueGreenOptions? options = null, int replicas = 4) => DeploymentPlanner.Plan(new PlanInput
    {
        Strategy = "bluegreen", Replicas = replicas, CurrentImage = "shop:v1", CurrentReplicas = replicas, Image = "shop:v2", BlueGreen = options,
    });

    [Fact]
    public void Should_pin_traffic_to_blue_bring_green_up_smoke_test_switch_watch_and_scale_blue_down_after_success()
    {
        var result = Plan();

        Assert.Equal("BlueGreen", result.Strategy);
        Assert.Equal(
            [
                (PlanStepKinds.SetWeight, 0, 4, (int?)0, (TimeSpan?)null, false, false, (TimeSpan?)null),
                (PlanStepKinds.Scale, 4, 4, 0, null, true, false, null),
                (PlanStepKinds.SwitchTraffic, 4, 4, 100, TimeSpan.FromSeconds(60), true, false, null),
                (PlanStepKinds.ScaleDownOld, 4, 0, null, null, false, false, null),
            ],
            result.Steps.Select(s => (s.Kind, s.NewReplicas, s.OldReplicas, s.TrafficWeight, s.Stabilization, s.Analysis, s.Pause, s.PauseDuration)));
        // The delay is not a pause before success: the saga keeps blue warm that long after it (with the rollback window).
        Assert.Equal(TimeSpan.FromSeconds(30), result.ScaleDownDelay);
        Assert.Contains("kept warm at least 30s", result.Steps[^1].Description);
        Assert.Equal((4, 8, 4, 0), (result.MinAvailable, result.MaxTotal, result.MaxSurge, result.MaxUnavailable));
    }

    [Fact]
    public void Should_wait_for_promotion_before_the_switch_when_promotion_is_manual()
    {
        var steps = Plan(new BlueGreenOptions { AutoPromote = false }).Steps;

        var pause = Assert.Single(steps, s => s.Kind == PlanStepKinds.Pause);
        Assert.Equal((3, true, (TimeSpan?)null, (int?)0), (pause.Index, pause.Pause, pause.PauseDuration, pause.TrafficWeight));
        Assert.Equal(PlanStepKinds.SwitchTraffic, steps[pause.Index].Kind);
    }

    [Fact]
    public void Should_take_the_window_and_delay_from_the_request()
    {
        var result = Plan(new BlueGreenOptions { PostPromotionWindow = "5m", ScaleDownDelay = "0s" });

        var promote = Assert.Single(result.Steps, s => s.Kind == PlanStepKinds.SwitchTraffic);
        Assert.Equal((TimeSpan.FromMinutes(5), false, (TimeSpan?)null), (promote.Stabilization, promote.Pause, promote.PauseDuration));
        Assert.Equal(TimeSpan.Zero, result.ScaleDownDelay);
    }

    [Fact]
    public void Should_name_a_window_it_cannot_read()
    {
        var result = Plan(new BlueGreenOptions { PostPromotionWindow = "a minute" });

        Assert.Equal(["blueGreen.postPromotionWindow 'a minute' is not a duration like '30s', '5m' or '1h30m'"], result.Errors);
    }

    [Fact]
    public void Should_expect_pod_start_up_waits_gates_and_timed_pauses()
    {
        var timings = new PlanTimings { PodStartup = TimeSpan.FromSeconds(7), PodShutdown = TimeSpan.FromSeconds(2), Analysis = TimeSpan.FromSeconds(1) };

        var result = DeploymentPlanner.Plan(new PlanInput
        {
            Strategy = "BlueGreen", Replicas = 2, CurrentImage = "shop:v1", CurrentReplicas = 2, Image = "shop:v2", Timings = timings,
        });

        // green starts 7 + smoke gate 1 + window 60 + gate 1 + blue shuts down 2 (after success, once the scale-down delay is over)
        Assert.Equal(TimeSpan.FromSeconds(71), result.ExpectedDuration);
    }
}
