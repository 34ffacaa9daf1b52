using Suite.Benchmarks.Measuring;
using Suite.Sagas.EventStore;

namespace Suite.Benchmarks.EventStore;

/// <summary>Reads one long stream back: whole, through the global order page by page, and with its hash chain checked.</summary>
public static class ReadBenchmark
{
    private const int AppendSize = 100;

    /// <summary>Appends a stream of <paramref name="length"/> events (in appends of 100) and returns its id.</summary>
    public static async Task<string> WriteStream(IEventStore store, int length, CancellationToken cancellationToken)
    {
        var stream = BenchmarkEvents.NewStream();
        for (long version = 0; version < length;)
        {
            var events = BenchmarkEvents.Batch((int)Math.Min(AppendSize, length - version));
            version = await store.AppendAsync(stream, version, events, BenchmarkEvents.Metadata(), cancellationToken);
        }

        return stream;
    }

    public static async Task<RunResult> Stream(IEventStore store, string stream, int length, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var events = await store.ReadStreamAsync(stream, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        Expect(events.Count, length, "ReadStreamAsync");
        return new RunResult(events.Count, elapsed, [elapsed]);
    }

    /// <summary>Pages through the global order from just before the stream's first event until <paramref name="length"/> events were read.</summary>
    public static async Task<RunResult> All(IEventStore store, long afterPosition, int length, int pageSize, CancellationToken cancellationToken)
    {
        var pages = new List<TimeSpan>();
        var read = 0;
        var position = afterPosition;
        var total = Stopwatch.StartNew();
        while (read < length)
        {
            var started = Stopwatch.GetTimestamp();
            var page = await store.ReadAllAsync(position, Math.Min(pageSize, length - read), cancellationToken);
            pages.Add(Stopwatch.GetElapsedTime(started));
            if (page.Count == 0)
            {
                break;
            }

            read += page.Count;
            position = page[^1].Position;
        }

        var elapsed = total.Elapsed;
        Expect(read, length, "ReadAllAsync");
        return new RunResult(read, elapsed, pages);
    }

    public static async Task<RunResult> Verify(IEventStore store, string stream, int length, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var verification = await store.VerifyStreamAsync(stream, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (!verification.IsIntact)
        {
            throw new InvalidOperationException($"the hash chain of {stream} is broken");
        }

        return new RunResult(length, elapsed, [elapsed]);
    }

    /// <summary>The position just before the stream's first event, where a reader of the global order starts to meet it.</summary>
    public static async Task<long> PositionBefore(IEventStore store, string stream, CancellationToken cancellationToken) =>
        (await store.ReadStreamAsync(stream, cancellationToken))[0].Position - 1;

    private static void Expect(int actual, int expected, string what)
    {
        if (actual != expected)
        {
            throw new InvalidOperationException($"{what} returned {actual} events, expected {expected}");
        }
    }
}
