using Suite.Benchmarks.Measuring;

namespace Suite.Benchmarks.Reporting;

/// <summary>Numbers as the table shows them, the same on every machine's culture.</summary>
public static class Format
{
    /// <summary>A rate: whole numbers from 100 up, one decimal below.</summary>
    public static string Count(double value) => value.ToString(value >= 100 ? "N0" : "N1", CultureInfo.InvariantCulture);

    public static string Integer(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Ms(TimeSpan value) => value.TotalMilliseconds.ToString(value.TotalMilliseconds >= 100 ? "N0" : "0.00", CultureInfo.InvariantCulture) + " ms";

    public static string Seconds(TimeSpan value) => value.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";

    /// <summary>p50 / p95 of the operations in a measurement.</summary>
    public static string Latency(Measured measured) => $"{Ms(measured.P50)} / {Ms(measured.P95)}";

    /// <summary>Every run's rate, so that the spread behind the median is visible.</summary>
    public static string Runs(Measured measured) =>
        measured.Runs.Count == 1 ? "1 run" : "runs: " + string.Join(" / ", measured.Runs.Select(r => Count(r.PerSecond)));
}
