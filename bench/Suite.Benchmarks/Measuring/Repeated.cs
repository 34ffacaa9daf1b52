namespace Suite.Benchmarks.Measuring;

/// <summary>A warm-up run that is thrown away, then measured runs of which the median (by rate) is reported.</summary>
public static class Repeated
{
    public static async Task<Measured> Measure(int runs, Func<Task> warmUp, Func<Task<RunResult>> run)
    {
        await warmUp();
        var results = new List<RunResult>();
        for (var i = 0; i < runs; i++)
        {
            results.Add(await run());
        }

        return new Measured(results);
    }
}
