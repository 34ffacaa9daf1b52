using Suite.Cluster.Simulated;
using Suite.Contracts;
using Suite.Contracts.Gates;
using Suite.Services.Tests.Support;

namespace Suite.Services.Tests.QualityGates;

public class When_the_current_version_is_sick
{
    [Fact]
    public async Task Should_fail_the_pre_deployment_gate_on_live_metrics()
    {
        await using var host = await QualityGatesHost.StartAsync();
        host.Cluster.SetVersionBehaviour("shop:v1", new VersionBehaviour(0.07, 120));
        host.Cluster.Seed(ServiceTestHost.Shop, "shop:v1", 3);

        var reply = await host.SendAsync(ServiceQueues.QualityGates, QualityGatesHost.Gate(GateStages.PreDeployment, baseline: null, stepIndex: 0));

        var gate = Assert.IsType<GateEvaluated>(reply);
        Assert.False(gate.Passed);
        Assert.Equal("current version already at 7.00% errors (ceiling 5.00%): failed", gate.Summary);
        Assert.Equal("shop:v1", gate.Observed!.Image);
    }

    [Fact]
    public async Task Should_judge_the_baseline_it_was_given_without_sampling()
    {
        await using var host = await QualityGatesHost.StartAsync();
        var sick = GateCases.Metrics("shop:v1", 0.07, 120);

        var gate = Assert.IsType<GateEvaluated>(await host.SendAsync(ServiceQueues.QualityGates, QualityGatesHost.Gate(GateStages.PreDeployment, sick)));

        Assert.False(gate.Passed);
        Assert.Equal(sick, gate.Observed);
    }

    [Fact]
    public async Task Should_fail_closed_when_the_metrics_cannot_be_read()
    {
        await using var host = await QualityGatesHost.StartAsync(unreachable: new());

        var gate = Assert.IsType<GateEvaluated>(await host.SendAsync(ServiceQueues.QualityGates, QualityGatesHost.Gate(GateStages.PostStep, GateCases.Healthy)));

        Assert.False(gate.Passed);
        Assert.StartsWith("cannot judge: metrics unavailable (Prometheus query shop/shop:shop:v2 failed: ", gate.Summary);
    }
}
