using Suite.Contracts.Gates;
using Suite.QualityGates.Gates;

namespace Suite.Services.Tests.QualityGates;

public class When_the_sample_is_too_small_to_judge
{
    [Theory]
    [InlineData(9.9, 5, false)]
    [InlineData(10.0, 5, true)]
    [InlineData(2.0, 25, true)]
    public void Should_judge_only_once_the_samples_cover_the_minimum_number_of_requests(double rps, int seconds, bool judged)
    {
        var shortfall = GateEvidence.Shortfall("new version", GateCases.Metrics("shop:v2", 0.05, 120, rps), TimeSpan.FromSeconds(seconds), GateCases.Defaults);

        Assert.Equal(judged, shortfall is null);
    }

    [Fact]
    public void Should_say_how_many_requests_it_saw_against_how_many_it_needs()
    {
        var shortfall = GateEvidence.Shortfall("new version", GateCases.Metrics("shop:v2", 0.05, 120, rps: 0.2), TimeSpan.FromMinutes(2), GateCases.Defaults);

        Assert.Equal("new version served about 24 requests in 2m of sampling (min 50)", shortfall);
        Assert.Equal("new version served no request in 3s of sampling (min 50)", GateEvidence.Shortfall("new version", null, TimeSpan.FromSeconds(3), GateCases.Defaults));
    }

    [Fact]
    public void Should_fail_what_it_could_not_judge_by_default()
    {
        var verdict = GateEvidence.Conclude("new version served about 24 requests in 2m of sampling (min 50)", GateCases.Defaults);

        Assert.False(verdict.Passed);
        Assert.StartsWith("inconclusive: new version served about 24 requests in 2m of sampling (min 50): failed", verdict.Summary);
    }

    [Fact]
    public void Should_pass_it_unjudged_when_configured_to()
    {
        var verdict = GateEvidence.Conclude("new version served no request in 2m of sampling (min 50)", GateCases.Defaults with { WhenInconclusive = InconclusiveVerdict.Pass });

        Assert.True(verdict.Passed);
        Assert.Equal("inconclusive: new version served no request in 2m of sampling (min 50): passed unjudged (WhenInconclusive is Pass)", verdict.Summary);
    }

    [Fact]
    public void Should_not_pass_a_new_version_without_metrics_when_asked_to_judge_it()
    {
        var verdict = GateDecision.Evaluate(GateStages.PostStep, GateCases.Healthy, null, GateCases.Defaults);

        Assert.False(verdict.Passed);
        Assert.Equal("cannot judge: new version served no request", verdict.Summary);
    }
}
