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

    /// <summary>Requests per second below which a sample is inconclusive (and so passes: a version without traffic cannot be judged).</summary>
    public double MinRequests { get; init; } = 1;
}
