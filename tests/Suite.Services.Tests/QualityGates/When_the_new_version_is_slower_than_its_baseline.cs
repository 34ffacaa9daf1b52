using Suite.Contracts.Gates;
using Suite.QualityGates.Gates;

namespace Suite.Services.Tests.QualityGates;

public class When_the_new_version_is_slower_than_its_baseline
{
    [Theory]
    [InlineData(179.9, true)]
    [InlineData(180, false)]
    [InlineData(180.1, false)]
    public void Should_allow_up_to_one_and_a_half_times_the_baseline_p95(double p95, bool passes)
    {
        var verdict = GateDecision.Evaluate(GateStages.PostStep, GateCases.Healthy, GateCases.Metrics("shop:v2", 0.002, p95), GateCases.Defaults);

        Assert.Equal(passes, verdict.Passed);
    }

    [Fact]
    public void Should_name_the_latency_as_the_failure()
    {
        var verdict = GateDecision.Evaluate(GateStages.Final, GateCases.Healthy, GateCases.Metrics("shop:v2", 0.002, 400), GateCases.Defaults);

        Assert.Contains("p95 400 ms vs 120 ms (allowed x1.5): failed", verdict.Summary);
        Assert.Contains("error rate 0.20% vs baseline 0.20% (allowed +1.00 pt, ceiling 5.00%): ok", verdict.Summary);
    }
}
