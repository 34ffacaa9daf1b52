using Suite.Cluster;
using Suite.Planning;
using Suite.Planning.Rolling;

namespace Suite.Services.Tests.Planning;

public class When_rolling_adaptively
{
    private static PodMetrics Pod(string name, double errorRate, double p95) => new() { Name = name, Image = "shop:v1", ErrorRate = errorRate, P95LatencyMs = p95 };

    private static readonly PodMetrics[] Pods =
    [
        Pod("shop-a", 0.001, 100),
        Pod("shop-b", 0.030, 110),
        Pod("shop-c", 0.001, 900),
        Pod("shop-d", 0.002, 100),
        Pod("shop-e", 0.001, 120),
        Pod("shop-f", 0.001, 95),
        Pod("shop-g", 0.000, 100),
        Pod("shop-h", 0.001, 100),
    ];

    [Fact]
    public void Should_rank_errors_and_slowness_worst_first()
    {
        var ranking = PodRanking.WorstFirst(Pods);

        Assert.Equal(["shop-c", "shop-b", "shop-e", "shop-d"], ranking.Take(4));
        Assert.Equal(Pods.Length, ranking.Count);
    }

    [Fact]
    public void Should_remove_the_worst_pods_in_the_batches_that_shrink_the_old_version()
    {
        var result = DeploymentPlanner.Plan(new PlanInput
        {
            Preset = "Adaptive", Replicas = 8, CurrentImage = "shop:v1", CurrentReplicas = 8, Image = "shop:v2", CurrentPods = Pods,
        });

        PlanAssert.Steps(result.Steps, (2, 4, 6, 10), (6, 0, 6, 10), (8, 0, 6, 8));
        var removed = result.Steps.Select(s => s.RemoveFirst ?? []).ToList();
        Assert.Equal([4, 4, 0], removed.Select(r => r.Count));
        Assert.Equal(PodRanking.WorstFirst(Pods), removed.SelectMany(r => r));
        Assert.StartsWith("batch 1/", result.Steps[0].Description);
        Assert.Contains("worst first: shop-c, shop-b", result.Steps[0].Description);
    }

    [Fact]
    public void Should_plan_balanced_batches_in_which_the_cluster_picks_without_per_pod_metrics()
    {
        var adaptive = DeploymentPlanner.Plan(new PlanInput { Preset = "Adaptive", Replicas = 8, CurrentImage = "shop:v1", CurrentReplicas = 8, Image = "shop:v2" });
        var balanced = DeploymentPlanner.Plan(new PlanInput { Preset = "Balanced", Replicas = 8, CurrentImage = "shop:v1", CurrentReplicas = 8, Image = "shop:v2" });

        Assert.Equal(balanced.Steps.Select(s => (s.NewReplicas, s.OldReplicas)), adaptive.Steps.Select(s => (s.NewReplicas, s.OldReplicas)));
        Assert.All(adaptive.Steps, s => Assert.Null(s.RemoveFirst));
    }
}
