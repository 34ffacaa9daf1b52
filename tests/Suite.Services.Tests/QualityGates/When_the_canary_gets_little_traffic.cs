using Suite.Cluster.Simulated;
using Suite.Contracts;
using Suite.Contracts.Gates;
using Suite.Services.Tests.Support;

namespace Suite.Services.Tests.QualityGates;

/// <summary>A Cautious canary's 1%: the gate samples on until it has seen enough requests to judge, then judges, or decides as configured.</summary>
public class When_the_canary_gets_little_traffic
{
    [Fact]
    public async Task Should_sample_on_until_it_has_seen_enough_requests_and_then_catch_a_bad_version()
    {
        await using var host = await ThinCanary(errorRate: 0.05, requestsPerSecond: 200);
        var started = host.Clock.GetUtcNow();

        var gate = Assert.IsType<GateEvaluated>(await host.SendAsync(ServiceQueues.QualityGates, QualityGatesHost.Gate(GateStages.PostStep, GateCases.Healthy)));

        Assert.False(gate.Passed);
        Assert.StartsWith("error rate 5.00% vs baseline 0.20%", gate.Summary);
        Assert.Equal(2, gate.Observed!.RequestsPerSecond, 9);
        Assert.True(gate.EvaluatedAt - started >= TimeSpan.FromSeconds(24), $"judged after {gate.EvaluatedAt - started} on 2 req/s");
    }

    [Fact]
    public async Task Should_pass_a_healthy_version_once_it_has_seen_enough_requests()
    {
        await using var host = await ThinCanary(errorRate: 0.002, requestsPerSecond: 200);

        var gate = Assert.IsType<GateEvaluated>(await host.SendAsync(ServiceQueues.QualityGates, QualityGatesHost.Gate(GateStages.PostStep, GateCases.Healthy)));

        Assert.True(gate.Passed, gate.Summary);
        Assert.StartsWith("error rate 0.20% vs baseline 0.20%", gate.Summary);
    }

    [Fact]
    public async Task Should_fail_when_even_sampling_longer_does_not_give_it_enough()
    {
        await using var host = await ThinCanary(errorRate: 0.002, requestsPerSecond: 10);

        var gate = Assert.IsType<GateEvaluated>(await host.SendAsync(ServiceQueues.QualityGates, QualityGatesHost.Gate(GateStages.PostStep, GateCases.Healthy)));

        Assert.False(gate.Passed);
        Assert.StartsWith("inconclusive: new version served about 12 requests in 2m", gate.Summary);
    }

    [Fact]
    public async Task Should_pass_unjudged_when_configured_to_and_say_so()
    {
        await using var host = await ThinCanary(errorRate: 0.05, requestsPerSecond: 10, new Dictionary<string, string?>
        {
            ["Suite:QualityGates:WhenInconclusive"] = "Pass",
            ["Suite:QualityGates:MaxInconclusiveWait"] = "00:00:30",
        });

        var gate = Assert.IsType<GateEvaluated>(await host.SendAsync(ServiceQueues.QualityGates, QualityGatesHost.Gate(GateStages.PostStep, GateCases.Healthy)));

        Assert.True(gate.Passed);
        Assert.Contains("passed unjudged (WhenInconclusive is Pass)", gate.Summary);
    }

    /// <summary>The stable version at 4 pods and a canary pod routed 1% of <paramref name="requestsPerSecond"/>.</summary>
    private static async Task<ServiceTestHost> ThinCanary(double errorRate, double requestsPerSecond, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var host = await QualityGatesHost.StartAsync(settings);
        host.Cluster.SetVersionBehaviour("shop:v2", new VersionBehaviour(errorRate, 120));
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v1", 4);
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v2", 1);
        host.Cluster.SetTraffic(ServiceTestHost.Shop, requestsPerSecond);
        await host.Cluster.SetRouteAsync(ServiceTestHost.Shop, "shop:v2", 1, null, default);
        return host;
    }
}
