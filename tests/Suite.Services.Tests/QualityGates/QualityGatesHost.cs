using Suite.Contracts.Gates;
using Suite.Contracts.Traffic;
using Suite.QualityGates;
using Suite.Services.Tests.Support;

namespace Suite.Services.Tests.QualityGates;

/// <summary>The QualityGates service on the test harness, and the command its tests send.</summary>
internal static class QualityGatesHost
{
    public static readonly Guid DeploymentId = Guid.Parse("3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a604");

    public static Task<ServiceTestHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, UnreachableCluster? unreachable = null) =>
        ServiceTestHost.StartAsync(b => b.AddQualityGatesServices(), x => x.AddQualityGatesConsumers(), settings, metrics: unreachable);

    public static EvaluateGate Gate(string stage, VersionMetrics? baseline, string image = "shop:v2", string? previousImage = "shop:v1", int stepIndex = 1) => new()
    {
        DeploymentId = DeploymentId,
        Application = ServiceTestHost.Shop.Application,
        Namespace = ServiceTestHost.Shop.Namespace,
        Stage = stage,
        StepIndex = stepIndex,
        Image = image,
        PreviousImage = previousImage,
        Baseline = baseline,
    };
}
