namespace Suite.QualityGates.Gates;

/// <summary>
/// What a version must stay under to pass a gate, bound from <c>Suite:QualityGates</c>.
/// Reaching a limit fails: 5.00% errors fails a 5% ceiling.
/// </summary>
public sealed record GateThresholds
{
    /// <summary>Absolute error-rate ceiling (fraction 0–1) no version may reach, baseline or not.</summary>
    public double MaxErrorRate { get; init; } = 0.05;

    /// <summary>How far (absolute fraction: 0.01 = 1 percentage point) the new version's error rate may rise over the baseline's.</summary>
    public double MaxErrorRateIncrease { get; init; } = 0.01;

    /// <summary>How many times the baseline's p95 latency the new version's p95 may reach.</summary>
    public double MaxLatencyRatio { get; init; } = 1.5;

    /// <summary>
    /// The fewest requests a gate must have seen a version serve (its sampled rate times the time sampled) to judge it.
    /// Fewer is inconclusive: the gate samples on, then decides by <see cref="WhenInconclusive"/>.
    /// </summary>
    public double MinRequests { get; init; } = 50;

    /// <summary>What a gate decides about a new version still inconclusive after sampling as long as allowed: fail, by default.</summary>
    public InconclusiveVerdict WhenInconclusive { get; init; } = InconclusiveVerdict.Fail;
}
