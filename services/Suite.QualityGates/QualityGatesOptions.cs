namespace Suite.QualityGates;

/// <summary>How the gate samples the version it judges; bound from <c>Suite:QualityGates</c> beside the thresholds.</summary>
public sealed class QualityGatesOptions
{
    public int Samples { get; set; } = 3;

    public TimeSpan SampleInterval { get; set; } = TimeSpan.FromSeconds(1);
}
