using Suite.Cluster;
using Suite.Cluster.Simulated;
using Suite.Contracts;
using Suite.Contracts.Planning;
using Suite.Services.Tests.Support;
using Suite.Testing;

namespace Suite.Services.Tests.Planning;

public class When_planning_a_deployment_on_the_cluster
{
    private static readonly WorkloadRef Shop = new("shop", "shop");
    private readonly ManualTimeProvider _clock = new();
    private readonly SimulatedCluster _cluster;

    public When_planning_a_deployment_on_the_cluster() => _cluster = new SimulatedCluster(_clock, new SimulatedClusterOptions());

    [Fact]
    public async Task Should_plan_from_the_serving_version_keeping_its_size()
    {
        _cluster.Seed(Shop, "shop:v1", 4);
        await using var host = await PlanningHost.Start(_cluster, _clock);
        var command = Command("shop:v2");

        var planned = Assert.IsType<DeploymentPlanned>(await host.Plan(command));

        Assert.Equal(command.DeploymentId, planned.DeploymentId);
        Assert.Equal(("Rolling", "shop:v1", 4, 4), (planned.Strategy, planned.PreviousImage, planned.PreviousReplicas, planned.DesiredReplicas));
        Assert.Equal((1, 1), (planned.MaxSurge, planned.MaxUnavailable));
        PlanAssert.Steps(planned.Steps, (1, 2, 3, 5), (3, 0, 3, 5), (4, 0, 3, 4));
        Assert.Equal(_clock.GetUtcNow(), planned.PlannedAt);
    }

    [Fact]
    public async Task Should_plan_a_first_deployment_of_one_replica_in_one_step()
    {
        await using var host = await PlanningHost.Start(_cluster, _clock);

        var planned = Assert.IsType<DeploymentPlanned>(await host.Plan(Command("shop:v1")));

        Assert.Null(planned.PreviousImage);
        Assert.Equal((0, 1), (planned.PreviousReplicas, planned.DesiredReplicas));
        PlanAssert.Steps(planned.Steps, (1, 0, 0, 1));
    }

    [Fact]
    public async Task Should_plan_no_step_when_the_image_already_serves_at_full_strength_alone()
    {
        _cluster.Seed(Shop, "shop:v2", 3);
        await using var host = await PlanningHost.Start(_cluster, _clock);

        var planned = Assert.IsType<DeploymentPlanned>(await host.Plan(Command("shop:v2") with { Replicas = 3 }));

        Assert.Empty(planned.Steps);
        Assert.Null(planned.PreviousImage);
    }

    [Fact]
    public async Task Should_count_only_ready_pods_of_the_serving_version()
    {
        _cluster.Seed(Shop, "shop:v1", 2);
        await _cluster.ScaleVersionAsync(Shop, "shop:v1", 4, CancellationToken.None);
        await using var host = await PlanningHost.Start(_cluster, _clock);

        var planned = Assert.IsType<DeploymentPlanned>(await host.Plan(Command("shop:v2")));

        Assert.Equal((2, 4), (planned.PreviousReplicas, planned.DesiredReplicas));
        PlanAssert.Steps(planned.Steps, (3, 0, 2, 5), (4, 0, 3, 4));
    }

    [Fact]
    public async Task Should_plan_a_canary_with_its_totals_and_expected_duration()
    {
        _cluster.Seed(Shop, "shop:v1", 10);
        await using var host = await PlanningHost.Start(_cluster, _clock);
        var command = Command("shop:v2") with { Strategy = "Canary", CanarySteps = [new CanaryStep { SetWeight = 50 }, new CanaryStep { Analysis = new CanaryAnalysis() }] };

        var planned = Assert.IsType<DeploymentPlanned>(await host.Plan(command));

        Assert.Equal(("Canary", 10, 20), (planned.Strategy, planned.MinAvailable, planned.MaxTotal));
        Assert.Equal([0, 50, 100, null], planned.Steps.Select(s => s.TrafficWeight));
        Assert.Equal(TimeSpan.FromSeconds(10 + 3 + 10 + 3 + 5), planned.ExpectedDuration);
        Assert.Null(planned.ScaleDownDelay);
    }

    [Fact]
    public async Task Should_carry_the_blue_green_scale_down_delay()
    {
        _cluster.Seed(Shop, "shop:v1", 2);
        await using var host = await PlanningHost.Start(_cluster, _clock);
        var command = Command("shop:v2") with { Strategy = "BlueGreen", BlueGreen = new BlueGreenOptions { ScaleDownDelay = "2m" } };

        var planned = Assert.IsType<DeploymentPlanned>(await host.Plan(command));

        Assert.Equal(TimeSpan.FromMinutes(2), planned.ScaleDownDelay);
        Assert.False(planned.Steps.Single(s => s.Kind == PlanStepKinds.SwitchTraffic).Pause);
    }

    [Fact]
    public async Task Should_rank_the_serving_pods_by_their_own_metrics_when_adaptive()
    {
        _cluster.Seed(Shop, "shop:v1", 4);
        var pods = _cluster.Pods(Shop);
        _cluster.SetPodBehaviour(pods[2].Name, new PodBehaviour(0.04, 120));
        await using var host = await PlanningHost.Start(_cluster, _clock, metrics: _cluster);

        var planned = Assert.IsType<DeploymentPlanned>(await host.Plan(Command("shop:v2") with { Preset = "Adaptive" }));

        Assert.Equal(pods[2].Name, planned.Steps[0].RemoveFirst![0]);
    }

    [Fact]
    public async Task Should_plan_from_the_version_a_route_sends_all_traffic_to_rather_than_a_warm_one_beside_it()
    {
        _cluster.Seed(Shop, "shop:v1", 4);
        _cluster.Seed(Shop, "shop:v2", 4);
        await _cluster.SetRouteAsync(Shop, "shop:v2", 100, null, CancellationToken.None);
        await using var host = await PlanningHost.Start(_cluster, _clock, router: _cluster);

        var planned = Assert.IsType<DeploymentPlanned>(await host.Plan(Command("shop:v3")));

        Assert.Equal(("shop:v2", 4), (planned.PreviousImage, planned.PreviousReplicas));
    }

    [Fact]
    public async Task Should_fail_options_it_cannot_plan_naming_them()
    {
        _cluster.Seed(Shop, "shop:v1", 4);
        await using var host = await PlanningHost.Start(_cluster, _clock);
        var command = Command("shop:v2") with { Strategy = "ABTest" };

        var failed = Assert.IsType<PlanningFailed>(await host.Plan(command));

        Assert.Equal(command.DeploymentId, failed.DeploymentId);
        Assert.Equal("the ABTest strategy needs a headerRoute: the header (name and value) whose requests go to the new version", failed.Reason);
    }

    [Fact]
    public async Task Should_fail_rather_than_throw_when_the_cluster_cannot_be_read()
    {
        await using var host = await PlanningHost.Start(UnreachableCluster.WithoutAdapter(), _clock);

        var failed = Assert.IsType<PlanningFailed>(await host.Plan(Command("shop:v2")));

        Assert.Equal("could not read shop/shop from the cluster: connection refused", failed.Reason);
    }

    private PlanDeployment Command(string image) => new()
    {
        DeploymentId = Guid.NewGuid(),
        Application = Shop.Application,
        Namespace = Shop.Namespace,
        Image = image,
        Strategy = "Rolling",
        RequestedAt = _clock.GetUtcNow(),
    };
}
