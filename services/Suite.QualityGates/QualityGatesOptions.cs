namespace Suite.QualityGates;

/// <summary>How the gate samples the version it judges; bound from <c>Suite:QualityGates</c> beside the thresholds.</summary>
public sealed class QualityGatesOptions
{
    public int Samples { get; set; } = 3;

    public TimeSpan SampleInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a gate that has seen too few requests (<see cref="Gates.GateThresholds.MinRequests"/>) keeps sampling,
    /// an interval apart, beyond its <see cref="Samples"/> before it decides by <see cref="Gates.GateThresholds.WhenInconclusive"/>.
    /// </summary>
    public TimeSpan MaxInconclusiveWait { get; set; } = TimeSpan.FromMinutes(2);
}
