namespace Suite.Benchmarks.Reporting;

/// <summary>Writes the results as one markdown table (what bench/run.sh prints and docs/benchmarks.md quotes).</summary>
public static class MarkdownTable
{
    public static void Write(TextWriter output, IEnumerable<ResultRow> rows)
    {
        output.WriteLine("| measurement | store | result | latency p50 / p95 | detail |");
        output.WriteLine("|---|---|---|---|---|");
        foreach (var row in rows)
        {
            output.WriteLine($"| {Cell(row.Measurement)} | {Cell(row.Store)} | {Cell(row.Result)} | {Cell(row.Latency)} | {Cell(row.Detail)} |");
        }
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
