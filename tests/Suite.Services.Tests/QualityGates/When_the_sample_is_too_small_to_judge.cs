using Suite.Contracts.Gates;
using Suite.QualityGates.Gates;

namespace Suite.Services.Tests.QualityGates;

public class When_the_sample_is_too_small_to_judge
{
    [Theory]
    [InlineData(0.99, true)]
    [InlineData(1.0, false)]
    [InlineData(1.01, false)]
    public void Should_pass_below_the_minimum_request_rate_and_judge_from_it(double rps, bool passes)
    {
        var verdict = GateDecision.Evaluate(
            GateStages.PostStep, GateCases.Healthy, GateCases.Metrics("shop:v2", 0.5, 120, rps), GateCases.Defaults);

        Assert.Equal(passes, verdict.Passed);
        Assert.Equal(passes, verdict.Summary.StartsWith("inconclusive: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_pass_a_version_that_serves_nothing_yet_as_inconclusive()
    {
        var verdict = GateDecision.Evaluate(GateStages.PostStep, GateCases.Healthy, null, GateCases.Defaults);

        Assert.True(verdict.Passed);
        Assert.Equal("inconclusive: new version serves no traffic yet", verdict.Summary);
    }

    [Fact]
    public void Should_honour_a_configured_minimum()
    {
        var verdict = GateDecision.Evaluate(
            GateStages.PostStep, GateCases.Healthy, GateCases.Metrics("shop:v2", 0.5, 120, rps: 40), GateCases.Defaults with { MinRequests = 50 });

        Assert.True(verdict.Passed);
        Assert.Equal("inconclusive: new version serves 40 req/s (min 50 req/s)", verdict.Summary);
    }
}
