using Suite.Contracts.Gates;
using Suite.Contracts.Traffic;
using Suite.Sagas.EventStore;
using Suite.Sagas.History;

namespace Suite.Benchmarks.EventStore;

/// <summary>What is appended: a post-step gate verdict with its metrics, a mid-sized history event (about 300 bytes of JSON).</summary>
public static class BenchmarkEvents
{
    public static IReadOnlyList<IHistoryEvent> Batch(int count)
    {
        var now = TimeProvider.System.GetUtcNow();
        return Enumerable.Range(0, count)
            .Select(i => (IHistoryEvent)new GatePassed(GateStages.PostStep, i, "error rate 0.20% (baseline 0.21%), p95 121 ms (baseline 120 ms)",
                new VersionMetrics { Image = "bench:2.0.0", RequestsPerSecond = 200, ErrorRate = 0.002, P95LatencyMs = 121, SampledAt = now }, now))
            .ToList();
    }

    public static EventMetadata Metadata() =>
        new(Guid.NewGuid(), Guid.NewGuid(), "bench", TimeProvider.System.GetUtcNow()) { Reason = "event store benchmark" };

    public static string NewStream() => HistoryJson.StreamId(Guid.NewGuid());
}
