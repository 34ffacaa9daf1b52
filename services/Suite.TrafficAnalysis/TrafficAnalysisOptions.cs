namespace Suite.TrafficAnalysis;

/// <summary>How the baseline is sampled; bound from <c>Suite:TrafficAnalysis</c>.</summary>
public sealed class TrafficAnalysisOptions
{
    public int Samples { get; set; } = 3;

    public TimeSpan SampleInterval { get; set; } = TimeSpan.FromSeconds(1);
}
