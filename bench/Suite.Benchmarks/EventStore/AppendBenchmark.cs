using Suite.Benchmarks.Measuring;
using Suite.Sagas.EventStore;
using Suite.Sagas.History;

namespace Suite.Benchmarks.EventStore;

/// <summary>Appends to fresh streams (expected version 0), each append its own transaction, timing every one.</summary>
public static class AppendBenchmark
{
    public static async Task<RunResult> Sequential(IEventStore store, int appends, int eventsPerAppend, CancellationToken cancellationToken)
    {
        var events = BenchmarkEvents.Batch(eventsPerAppend);
        var total = Stopwatch.StartNew();
        var latencies = await Appender(store, appends, events, cancellationToken);
        return new RunResult((long)appends * eventsPerAppend, total.Elapsed, latencies);
    }

    /// <summary><paramref name="appenders"/> tasks append at once, each to its own streams, <paramref name="appends"/> in all.</summary>
    public static async Task<RunResult> Concurrent(IEventStore store, int appenders, int appends, CancellationToken cancellationToken)
    {
        var events = BenchmarkEvents.Batch(1);
        var each = appends / appenders;
        var total = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, appenders).Select(_ => Task.Run(() => Appender(store, each, events, cancellationToken), cancellationToken));
        var latencies = (await Task.WhenAll(workers)).SelectMany(l => l).ToList();
        return new RunResult((long)each * appenders, total.Elapsed, latencies);
    }

    private static async Task<List<TimeSpan>> Appender(IEventStore store, int appends, IReadOnlyList<IHistoryEvent> events,
        CancellationToken cancellationToken)
    {
        var latencies = new List<TimeSpan>(appends);
        for (var i = 0; i < appends; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await store.AppendAsync(BenchmarkEvents.NewStream(), 0, events, BenchmarkEvents.Metadata(), cancellationToken);
            latencies.Add(Stopwatch.GetElapsedTime(started));
        }

        return latencies;
    }
}
