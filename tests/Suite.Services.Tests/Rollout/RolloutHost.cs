using Suite.Cluster;
using Suite.Cluster.Routing;
using Suite.Cluster.Simulated;
using Suite.Contracts;
using Suite.Contracts.Rollout;
using Suite.Rollout;
using Suite.Services.Tests.Support;

namespace Suite.Services.Tests.Rollout;

/// <summary>The Rollout service on the test harness, and the commands its tests send.</summary>
internal static class RolloutHost
{
    public static readonly Guid DeploymentId = Guid.Parse("5d1c0f7e-4a3b-4c55-9a51-0d6c1b2e7f01");

    public static Task<ServiceTestHost> StartAsync(
        IReadOnlyDictionary<string, string?>? settings = null, SimulatedClusterOptions? clusterOptions = null, IClusterGateway? gateway = null,
        ITrafficRouter? router = null) =>
        ServiceTestHost.StartAsync(b => b.AddRolloutServices(), x => x.AddRolloutConsumers(), settings, clusterOptions, gateway, router: router);

    public static SetTrafficRoute Route(string image, int? weightPercent, HeaderRoute? header = null, int stepIndex = 2) => new()
    {
        DeploymentId = DeploymentId,
        Application = ServiceTestHost.Shop.Application,
        Namespace = ServiceTestHost.Shop.Namespace,
        Image = image,
        StepIndex = stepIndex,
        WeightPercent = weightPercent,
        HeaderRoute = header,
    };

    public static RetirePreviousVersion Retire(string image, string? previousImage) => new()
    {
        DeploymentId = DeploymentId,
        Application = ServiceTestHost.Shop.Application,
        Namespace = ServiceTestHost.Shop.Namespace,
        Image = image,
        PreviousImage = previousImage,
    };

    public static ApplyRolloutStep Step(string image, int replicas, int stepIndex = 1) => new()
    {
        DeploymentId = DeploymentId,
        Application = ServiceTestHost.Shop.Application,
        Namespace = ServiceTestHost.Shop.Namespace,
        Image = image,
        StepIndex = stepIndex,
        Replicas = replicas,
    };

    public static RollBackDeployment Rollback(string image, string? previousImage, int previousReplicas) => new()
    {
        DeploymentId = DeploymentId,
        Application = ServiceTestHost.Shop.Application,
        Namespace = ServiceTestHost.Shop.Namespace,
        Image = image,
        PreviousImage = previousImage,
        PreviousReplicas = previousReplicas,
        Reason = "gate failed",
    };
}
