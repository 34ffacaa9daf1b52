using Suite.Contracts.Traffic;

namespace Suite.QualityGates.Gates;

/// <summary>A version's averaged metrics (null: it served no request) and the time its samples cover.</summary>
internal sealed record GateSample(VersionMetrics? Observed, TimeSpan Watched);
