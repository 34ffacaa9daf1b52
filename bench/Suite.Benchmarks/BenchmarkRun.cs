using Suite.Benchmarks.EventStore;
using Suite.Benchmarks.Reporting;
using Suite.Benchmarks.Saga;

namespace Suite.Benchmarks;

/// <summary>Runs the parts asked for and writes the machine and the results table to <c>output</c>; progress goes to <c>progress</c>.</summary>
public static class BenchmarkRun
{
    public static async Task<int> Execute(BenchmarkTarget target, string? only, TextWriter output, TextWriter progress, CancellationToken cancellationToken)
    {
        var machine = await MachineInfo.Gather(target, cancellationToken);
        var started = Stopwatch.StartNew();
        var rows = new List<ResultRow>();
        if (only is null or "store")
        {
            rows.AddRange(await new EventStoreBenchmarks(target, progress).Run(cancellationToken));
        }

        if (only is null or "saga")
        {
            rows.AddRange(await new SagaBenchmark(target, progress).Run(cancellationToken));
        }

        var runs = target.Sizes.Runs == 1 ? "one measured run each" : $"median of {target.Sizes.Runs} measured runs after a warm-up";
        output.WriteLine();
        output.WriteLine($"## Suite benchmark{(target.Quick ? " (quick smoke run: sizes too small for the numbers to mean much)" : "")}");
        output.WriteLine();
        machine.Write(output, MachineInfo.LoadAverage());
        output.WriteLine($"- {runs}; took {Format.Seconds(started.Elapsed)}");
        output.WriteLine();
        MarkdownTable.Write(output, rows);
        return 0;
    }
}
