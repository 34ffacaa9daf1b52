namespace Suite.Benchmarks.Reporting;

/// <summary>One line of the results table.</summary>
public sealed record ResultRow(string Measurement, string Store, string Result, string Latency, string Detail);
