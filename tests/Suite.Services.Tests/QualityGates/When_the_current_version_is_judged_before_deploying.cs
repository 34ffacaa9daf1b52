using Suite.Contracts.Gates;
using Suite.QualityGates.Gates;

namespace Suite.Services.Tests.QualityGates;

public class When_the_current_version_is_judged_before_deploying
{
    [Theory]
    [InlineData(0.0499, true)]
    [InlineData(0.05, false)]
    [InlineData(0.0501, false)]
    public void Should_judge_the_baseline_against_the_ceiling(double errorRate, bool passes)
    {
        var verdict = GateDecision.Evaluate(GateStages.PreDeployment, GateCases.Metrics("shop:v1", errorRate, 120), null, GateCases.Defaults);

        Assert.Equal(passes, verdict.Passed);
    }

    [Fact]
    public void Should_refuse_to_start_from_a_sick_version()
    {
        var verdict = GateDecision.Evaluate(GateStages.PreDeployment, GateCases.Metrics("shop:v1", 0.07, 120), null, GateCases.Defaults);

        Assert.False(verdict.Passed);
        Assert.Equal("current version already at 7.00% errors (ceiling 5.00%): failed", verdict.Summary);
    }

    [Fact]
    public void Should_judge_live_metrics_when_there_is_no_baseline()
    {
        var verdict = GateDecision.Evaluate(GateStages.PreDeployment, null, GateCases.Metrics("shop:v1", 0.07, 120), GateCases.Defaults);

        Assert.False(verdict.Passed);
    }

    [Fact]
    public void Should_not_hold_the_current_version_to_its_own_latency()
    {
        var verdict = GateDecision.Evaluate(GateStages.PreDeployment, GateCases.Metrics("shop:v1", 0.002, 900), null, GateCases.Defaults);

        Assert.True(verdict.Passed);
        Assert.Equal("current version at 0.20% errors (ceiling 5.00%): ok", verdict.Summary);
    }

    [Fact]
    public void Should_fail_an_unknown_stage()
    {
        var verdict = GateDecision.Evaluate("Midway", GateCases.Healthy, GateCases.Healthy, GateCases.Defaults);

        Assert.False(verdict.Passed);
        Assert.Equal("unknown gate stage 'Midway'", verdict.Summary);
    }
}
