using Suite.Cluster;
using Suite.Contracts.Traffic;
using Suite.Services.Tests.Support;
using Suite.TrafficAnalysis;

namespace Suite.Services.Tests.TrafficAnalysis;

/// <summary>The TrafficAnalysis service on the test harness, and the command its tests send.</summary>
internal static class TrafficAnalysisHost
{
    public static readonly Guid DeploymentId = Guid.Parse("0c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e03");

    public static Task<ServiceTestHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, UnreachableCluster? unreachable = null) =>
        ServiceTestHost.StartAsync(
            b => b.AddTrafficAnalysisServices(), x => x.AddTrafficAnalysisConsumers(), settings, gateway: unreachable, metrics: unreachable);

    public static AnalyzeTraffic Analyze() => new()
    {
        DeploymentId = DeploymentId,
        Application = ServiceTestHost.Shop.Application,
        Namespace = ServiceTestHost.Shop.Namespace,
    };

    public static WorkloadRef Shop => ServiceTestHost.Shop;
}
