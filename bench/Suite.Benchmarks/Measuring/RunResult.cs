namespace Suite.Benchmarks.Measuring;

/// <summary>One measured run: how many events (or transitions) in how much wall time, and each operation's latency.</summary>
public sealed record RunResult(long Events, TimeSpan Elapsed, IReadOnlyList<TimeSpan> Latencies)
{
    public double PerSecond => Events / Elapsed.TotalSeconds;

    public TimeSpan P50 => Percentile.Of(Latencies, 0.50);

    public TimeSpan P95 => Percentile.Of(Latencies, 0.95);
}
