using Suite.Contracts.Gates;
using Suite.QualityGates.Gates;

namespace Suite.Services.Tests.QualityGates;

public class When_the_new_version_errs_more_than_its_baseline
{
    [Theory]
    [InlineData(0.0119, true)]
    [InlineData(0.012, false)]
    [InlineData(0.0121, false)]
    public void Should_allow_one_percentage_point_more_and_fail_at_it(double errorRate, bool passes)
    {
        var verdict = GateDecision.Evaluate(
            GateStages.PostStep, GateCases.Healthy, GateCases.Metrics("shop:v2", errorRate, 120), GateCases.Defaults);

        Assert.Equal(passes, verdict.Passed);
    }

    [Theory]
    [InlineData(GateStages.PostStep)]
    [InlineData(GateStages.Final)]
    public void Should_fail_five_percent_errors_against_the_simulated_default(string stage)
    {
        var verdict = GateDecision.Evaluate(stage, GateCases.Healthy, GateCases.Metrics("shop:v2", 0.05, 120), GateCases.Defaults);

        Assert.False(verdict.Passed);
    }

    [Fact]
    public void Should_pass_a_version_as_good_as_the_baseline()
    {
        var verdict = GateDecision.Evaluate(GateStages.PostStep, GateCases.Healthy, GateCases.Metrics("shop:v2", 0.002, 120), GateCases.Defaults);

        Assert.True(verdict.Passed);
    }

    [Fact]
    public void Should_say_in_one_line_what_it_compared()
    {
        var verdict = GateDecision.Evaluate(GateStages.PostStep, GateCases.Healthy, GateCases.Metrics("shop:v2", 0.05, 121), GateCases.Defaults);

        Assert.Equal(
            "error rate 5.00% vs baseline 0.20% (allowed +1.00 pt, ceiling 5.00%): failed; p95 121 ms vs 120 ms (allowed x1.5): ok",
            verdict.Summary);
    }

    [Fact]
    public void Should_fail_past_the_ceiling_even_when_the_baseline_is_close_to_it()
    {
        var sickBaseline = GateCases.Metrics("shop:v1", 0.045, 120);

        var verdict = GateDecision.Evaluate(GateStages.PostStep, sickBaseline, GateCases.Metrics("shop:v2", 0.05, 120), GateCases.Defaults);

        Assert.False(verdict.Passed);
    }
}
