using Suite.Cluster.Metrics;
using Suite.Contracts.Traffic;

namespace Suite.Services.Tests.TrafficAnalysis;

public class When_samples_are_averaged
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Should_weigh_error_rates_by_requests_and_keep_the_worst_p95()
    {
        VersionMetrics?[] samples =
        [
            Sample(rps: 100, errorRate: 0.01, p95: 120, second: 0),
            Sample(rps: 300, errorRate: 0.05, p95: 300, second: 1),
            Sample(rps: 200, errorRate: 0.00, p95: 110, second: 2),
        ];

        var average = MetricsAverage.Of("shop:v1", samples)!;

        Assert.Equal(200, average.RequestsPerSecond, 9);
        Assert.Equal((1 + 15 + 0) / 600.0, average.ErrorRate, 9);
        Assert.Equal(300, average.P95LatencyMs);
        Assert.Equal(Start.AddSeconds(2), average.SampledAt);
        Assert.Equal("shop:v1", average.Image);
    }

    [Fact]
    public void Should_count_a_sample_without_traffic_as_no_requests()
    {
        VersionMetrics?[] samples = [Sample(rps: 90, errorRate: 0.02, p95: 100, second: 0), null, null];

        var average = MetricsAverage.Of("shop:v1", samples)!;

        Assert.Equal(30, average.RequestsPerSecond, 9);
        Assert.Equal(0.02, average.ErrorRate, 9);
    }

    [Fact]
    public void Should_have_no_average_when_no_sample_saw_traffic()
    {
        Assert.Null(MetricsAverage.Of("shop:v1", [null, null, null]));
    }

    [Fact]
    public void Should_average_error_rates_plainly_when_no_sample_counted_requests()
    {
        var average = MetricsAverage.Of("shop:v1", [Sample(0, 0.01, 100, 0), Sample(0, 0.03, 100, 1)])!;

        Assert.Equal(0.02, average.ErrorRate, 9);
    }

    private static VersionMetrics Sample(double rps, double errorRate, double p95, int second) =>
        new() { Image = "shop:v1", RequestsPerSecond = rps, ErrorRate = errorRate, P95LatencyMs = p95, SampledAt = Start.AddSeconds(second) };
}
