using Suite.Cluster.Simulated;
using Suite.Contracts.Draining;
using Suite.Draining;
using Suite.Services.Tests.Support;

namespace Suite.Services.Tests.Draining;

/// <summary>The Draining service on the test harness, and the command its tests send.</summary>
internal static class DrainingHost
{
    public static readonly Guid DeploymentId = Guid.Parse("7b0e3c2a-91d4-4f6e-8a2b-3c4d5e6f7a02");

    public static Task<ServiceTestHost> StartAsync(TimeSpan terminationGrace) =>
        ServiceTestHost.StartAsync(
            b => b.AddDrainingServices(), x => x.AddDrainingConsumers(), clusterOptions: new SimulatedClusterOptions { TerminationGrace = terminationGrace });

    public static DrainPods Drain(string image, int targetReplicas, int stepIndex = 1) => new()
    {
        DeploymentId = DeploymentId,
        Application = ServiceTestHost.Shop.Application,
        Namespace = ServiceTestHost.Shop.Namespace,
        Image = image,
        StepIndex = stepIndex,
        TargetReplicas = targetReplicas,
    };
}
