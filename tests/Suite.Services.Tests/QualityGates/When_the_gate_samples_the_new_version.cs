using Suite.Cluster.Simulated;
using Suite.Contracts;
using Suite.Contracts.Gates;
using Suite.Services.Tests.Support;

namespace Suite.Services.Tests.QualityGates;

public class When_the_gate_samples_the_new_version
{
    [Fact]
    public async Task Should_fail_a_version_with_five_percent_errors()
    {
        await using var host = await QualityGatesHost.StartAsync();
        host.Cluster.SetVersionBehaviour("shop:v2", new VersionBehaviour(0.05, 120));
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v1", 3);
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v2", 1);

        var reply = await host.SendAsync(ServiceQueues.QualityGates, QualityGatesHost.Gate(GateStages.PostStep, GateCases.Healthy, stepIndex: 2));

        var gate = Assert.IsType<GateEvaluated>(reply);
        Assert.False(gate.Passed, gate.Summary);
        Assert.Equal((QualityGatesHost.DeploymentId, GateStages.PostStep, 2), (gate.DeploymentId, gate.Stage, gate.StepIndex));
        Assert.Equal("shop:v2", gate.Observed!.Image);
        Assert.Equal(0.05, gate.Observed.ErrorRate, 9);
        Assert.StartsWith("error rate 5.00% vs baseline 0.20%", gate.Summary);
    }

    [Fact]
    public async Task Should_pass_a_healthy_version()
    {
        await using var host = await QualityGatesHost.StartAsync();
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v1", 3);
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v2", 1);

        var reply = await host.SendAsync(ServiceQueues.QualityGates, QualityGatesHost.Gate(GateStages.Final, GateCases.Healthy));

        var gate = Assert.IsType<GateEvaluated>(reply);
        Assert.True(gate.Passed, gate.Summary);
        Assert.Equal(50, gate.Observed!.RequestsPerSecond, 9);
    }

    [Fact]
    public async Task Should_fail_a_version_with_no_ready_pod_after_sampling_as_long_as_allowed()
    {
        await using var host = await QualityGatesHost.StartAsync();
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v1", 3);
        host.Cluster.SetVersionBehaviour("shop:v2", new VersionBehaviour(0.5, 120, NeverReady: true));
        await host.Cluster.ScaleVersionAsync(ServiceTestHost.Shop, "shop:v2", 1, default);
        var started = host.Clock.GetUtcNow();

        var gate = Assert.IsType<GateEvaluated>(await host.SendAsync(ServiceQueues.QualityGates, QualityGatesHost.Gate(GateStages.PostStep, GateCases.Healthy)));

        Assert.False(gate.Passed);
        Assert.Null(gate.Observed);
        Assert.StartsWith("inconclusive: new version served no request in 2m", gate.Summary);
        Assert.True(gate.EvaluatedAt - started >= TimeSpan.FromMinutes(2), $"decided after {gate.EvaluatedAt - started}");
    }

    [Fact]
    public async Task Should_use_the_configured_thresholds()
    {
        await using var host = await QualityGatesHost.StartAsync(new Dictionary<string, string?>
        {
            ["Suite:QualityGates:MaxErrorRate"] = "0.2",
            ["Suite:QualityGates:MaxErrorRateIncrease"] = "0.1",
        });
        host.Cluster.SetVersionBehaviour("shop:v2", new VersionBehaviour(0.05, 120));
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v1", 3);
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v2", 1);

        var gate = Assert.IsType<GateEvaluated>(await host.SendAsync(ServiceQueues.QualityGates, QualityGatesHost.Gate(GateStages.PostStep, GateCases.Healthy)));

        Assert.True(gate.Passed, gate.Summary);
        Assert.Contains("(allowed +10.00 pt, ceiling 20.00%)", gate.Summary);
    }
}
