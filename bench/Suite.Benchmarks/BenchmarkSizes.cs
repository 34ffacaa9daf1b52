namespace Suite.Benchmarks;

/// <summary>How much work each measurement does: the full run for the numbers, a quick one to see that everything still works.</summary>
public sealed record BenchmarkSizes
{
    public int Runs { get; init; }
    public int WarmUpAppends { get; init; }
    public int SingleAppends { get; init; }
    public int BatchedEvents { get; init; }
    public int ConcurrentAppends { get; init; }
    public int StreamLength { get; init; }
    public int PageSize { get; init; } = 500;
    public int Deployments { get; init; }
    public int SagaRounds { get; init; }
    public int Replicas { get; init; } = 3;

    public static BenchmarkSizes Full { get; } = new()
    {
        Runs = 3, WarmUpAppends = 300, SingleAppends = 2_000, BatchedEvents = 10_000, ConcurrentAppends = 2_000,
        StreamLength = 10_000, Deployments = 20, SagaRounds = 3,
    };

    public static BenchmarkSizes Quick { get; } = new()
    {
        Runs = 1, WarmUpAppends = 50, SingleAppends = 200, BatchedEvents = 1_000, ConcurrentAppends = 200,
        StreamLength = 2_000, Deployments = 3, SagaRounds = 1,
    };
}
