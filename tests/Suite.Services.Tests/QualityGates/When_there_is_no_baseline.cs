using Suite.Contracts.Gates;
using Suite.QualityGates.Gates;

namespace Suite.Services.Tests.QualityGates;

public class When_there_is_no_baseline
{
    [Theory]
    [InlineData(0.0499, true)]
    [InlineData(0.05, false)]
    [InlineData(0.0501, false)]
    public void Should_judge_the_first_version_against_the_ceiling_only(double errorRate, bool passes)
    {
        var verdict = GateDecision.Evaluate(GateStages.PostStep, null, GateCases.Metrics("shop:v1", errorRate, 5000), GateCases.Defaults);

        Assert.Equal(passes, verdict.Passed);
    }

    [Fact]
    public void Should_say_that_latency_had_nothing_to_compare_with()
    {
        var verdict = GateDecision.Evaluate(GateStages.Final, null, GateCases.Metrics("shop:v1", 0.002, 120), GateCases.Defaults);

        Assert.Equal("error rate 0.20% (ceiling 5.00%, no baseline): ok; p95 120 ms (no baseline latency to compare)", verdict.Summary);
    }
}
