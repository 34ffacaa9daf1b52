using Suite.Cluster;
using Suite.Cluster.Simulated;
using Suite.Contracts.Rollout;
using Suite.Rollout;
using Suite.Services.Tests.Support;

namespace Suite.Services.Tests.Rollout;

/// <summary>The Rollout service on the test harness, and the commands its tests send.</summary>
internal static class RolloutHost
{
    public static readonly Guid DeploymentId = Guid.Parse("5d1c0f7e-4a3b-4c55-9a51-0d6c1b2e7f01");

    public static Task<ServiceTestHost> StartAsync(
        IReadOnlyDictionary<string, string?>? settings = null, SimulatedClusterOptions? clusterOptions = null, IClusterGateway? gateway = null) =>
        ServiceTestHost.StartAsync(b => b.AddRolloutServices(), x => x.AddRolloutConsumers(), settings, clusterOptions, gateway);

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
