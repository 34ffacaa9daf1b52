using Suite.Contracts.Traffic;
using Suite.QualityGates.Gates;

namespace Suite.Services.Tests.QualityGates;

/// <summary>Metrics and thresholds for the gate tables: the defaults, and the simulated cluster's healthy version as baseline.</summary>
internal static class GateCases
{
    public static GateThresholds Defaults { get; } = new();

    public static VersionMetrics Healthy { get; } = Metrics("shop:v1", errorRate: 0.002, p95: 120);

    public static VersionMetrics Metrics(string image, double errorRate, double p95, double rps = 100) =>
        new() { Image = image, RequestsPerSecond = rps, ErrorRate = errorRate, P95LatencyMs = p95 };
}
