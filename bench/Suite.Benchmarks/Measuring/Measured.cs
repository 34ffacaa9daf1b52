namespace Suite.Benchmarks.Measuring;

/// <summary>The measured runs of one benchmark; <see cref="Median"/> is the run with the median rate.</summary>
public sealed record Measured(IReadOnlyList<RunResult> Runs)
{
    public RunResult Median => Runs.OrderBy(r => r.PerSecond).ElementAt(Runs.Count / 2);

    /// <summary>The middle of each run's percentile, so that one noisy run does not set it.</summary>
    public TimeSpan P50 => MedianOf(Runs.Select(r => r.P50));

    public TimeSpan P95 => MedianOf(Runs.Select(r => r.P95));

    private static TimeSpan MedianOf(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
