namespace Suite.Benchmarks.Measuring;

public static class Percentile
{
    /// <summary>The nearest-rank percentile (<paramref name="fraction"/> 0–1); zero for no values.</summary>
    public static TimeSpan Of(IReadOnlyList<TimeSpan> values, double fraction)
    {
        if (values.Count == 0)
        {
            return TimeSpan.Zero;
        }

        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(fraction * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
