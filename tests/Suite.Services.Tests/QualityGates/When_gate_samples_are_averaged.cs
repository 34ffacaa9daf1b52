using Suite.Cluster.Metrics;
using Suite.Contracts.Traffic;

namespace Suite.Services.Tests.QualityGates;

public class When_gate_samples_are_averaged
{
    [Fact]
    public void Should_not_let_one_bad_second_decide_alone()
    {
        VersionMetrics?[] samples =
        [
            new() { Image = "shop:v2", RequestsPerSecond = 100, ErrorRate = 0.002, P95LatencyMs = 120 },
            new() { Image = "shop:v2", RequestsPerSecond = 100, ErrorRate = 0.02, P95LatencyMs = 150 },
            new() { Image = "shop:v2", RequestsPerSecond = 100, ErrorRate = 0.002, P95LatencyMs = 120 },
        ];

        var average = MetricsAverage.Of("shop:v2", samples)!;

        Assert.Equal(0.008, average.ErrorRate, 9);
        Assert.Equal(150, average.P95LatencyMs);
    }

    [Fact]
    public void Should_have_no_average_when_the_version_served_nothing()
    {
        Assert.Null(MetricsAverage.Of("shop:v2", [null]));
    }
}
