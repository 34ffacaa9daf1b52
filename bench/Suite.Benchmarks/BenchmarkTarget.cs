namespace Suite.Benchmarks;

/// <summary>The servers to measure against, and how much to do.</summary>
public sealed record BenchmarkTarget(string PostgresConnection, int RabbitMqPort, BenchmarkSizes Sizes, bool Quick);
