using Npgsql;
using Suite.Benchmarks.Measuring;
using Suite.Benchmarks.Reporting;
using Suite.Sagas.EventStore;

namespace Suite.Benchmarks.EventStore;

/// <summary>
/// Appends (single, batched, concurrent) and reads of <see cref="PostgresEventStore"/>, each with
/// <see cref="InMemoryEventStore"/> beside it as the reference for what the database costs.
/// </summary>
public sealed class EventStoreBenchmarks(BenchmarkTarget target, TextWriter progress)
{
    private const string Postgres = "PostgreSQL";
    private const string InMemory = "in-memory";

    private BenchmarkSizes Sizes => target.Sizes;

    public async Task<IReadOnlyList<ResultRow>> Run(CancellationToken cancellationToken)
    {
        await using var schema = await StoreSchema.Create(target.PostgresConnection, cancellationToken);
        var postgres = new PostgresEventStore(schema.Postgres);
        var rows = new List<ResultRow>();
        var stores = new (string Name, Func<IEventStore> Open)[] { (Postgres, () => postgres), (InMemory, () => new InMemoryEventStore()) };

        foreach (var (name, open) in stores)
        {
            rows.Add(await Appends(name, open, 1, Sizes.SingleAppends, cancellationToken));
        }

        foreach (var size in new[] { 10, 100 })
        {
            foreach (var (name, open) in stores)
            {
                rows.Add(await Appends(name, open, size, Sizes.BatchedEvents / size, cancellationToken));
            }
        }

        var single = rows[0];
        foreach (var appenders in new[] { 4, 16 })
        {
            rows.Add(await Concurrent(postgres, schema.Postgres.DataSource, appenders, single, cancellationToken));
        }

        foreach (var (name, open) in stores)
        {
            rows.AddRange(await Reads(name, open(), cancellationToken));
        }

        return rows;
    }

    private async Task<ResultRow> Appends(string store, Func<IEventStore> open, int eventsPerAppend, int appends, CancellationToken cancellationToken)
    {
        var what = eventsPerAppend == 1 ? "append 1 event, sequential" : $"append {eventsPerAppend} events at once, sequential";
        progress.WriteLine($"{what}: {store} ...");
        var warmUp = Math.Max(1, Sizes.WarmUpAppends / eventsPerAppend);
        var measured = await Repeated.Measure(Sizes.Runs,
            () => AppendBenchmark.Sequential(open(), warmUp, eventsPerAppend, cancellationToken),
            () => AppendBenchmark.Sequential(open(), appends, eventsPerAppend, cancellationToken));
        return new ResultRow(what, store, $"{Format.Count(measured.Median.PerSecond)} events/s", Format.Latency(measured),
            $"{Format.Integer(appends)} appends to fresh streams, latency per append; {Format.Runs(measured)}");
    }

    private async Task<ResultRow> Concurrent(PostgresEventStore store, NpgsqlDataSource dataSource, int appenders, ResultRow single,
        CancellationToken cancellationToken)
    {
        var what = $"append 1 event, {appenders} appenders at once";
        progress.WriteLine($"{what}: {Postgres} ...");
        var sessions = SessionStates.None;
        var measured = await Repeated.Measure(Sizes.Runs,
            () => AppendBenchmark.Concurrent(store, appenders, Sizes.WarmUpAppends, cancellationToken),
            async () =>
            {
                var sampler = SessionSampler.Start(dataSource);
                var result = await AppendBenchmark.Concurrent(store, appenders, Sizes.ConcurrentAppends, cancellationToken);
                sessions = sessions.Add(await sampler.Stop());
                return result;
            });
        return new ResultRow(what, Postgres, $"{Format.Count(measured.Median.PerSecond)} events/s", Format.Latency(measured),
            $"{Format.Integer(Sizes.ConcurrentAppends)} appends, each appender to its own streams (1 appender: {single.Result}); " +
            $"{sessions.Describe()}; {Format.Runs(measured)}");
    }

    private async Task<IReadOnlyList<ResultRow>> Reads(string name, IEventStore store, CancellationToken cancellationToken)
    {
        var length = Sizes.StreamLength;
        progress.WriteLine($"read a {Format.Integer(length)}-event stream: {name} ...");
        var stream = await ReadBenchmark.WriteStream(store, length, cancellationToken);
        var before = await ReadBenchmark.PositionBefore(store, stream, cancellationToken);

        var whole = await Repeated.Measure(Sizes.Runs,
            () => ReadBenchmark.Stream(store, stream, length, cancellationToken),
            () => ReadBenchmark.Stream(store, stream, length, cancellationToken));
        var paged = await Repeated.Measure(Sizes.Runs,
            () => ReadBenchmark.All(store, before, length, Sizes.PageSize, cancellationToken),
            () => ReadBenchmark.All(store, before, length, Sizes.PageSize, cancellationToken));
        var verified = await Repeated.Measure(Sizes.Runs,
            () => ReadBenchmark.Verify(store, stream, length, cancellationToken),
            () => ReadBenchmark.Verify(store, stream, length, cancellationToken));

        return
        [
            new ResultRow($"read a {Format.Integer(length)}-event stream (ReadStreamAsync)", name, Format.Ms(whole.Median.Elapsed), "",
                $"{Format.Count(whole.Median.PerSecond)} events/s; {Format.Runs(whole)}"),
            new ResultRow($"page {Format.Integer(length)} events by position (ReadAllAsync, pages of {Sizes.PageSize})", name, Format.Ms(paged.Median.Elapsed),
                Format.Latency(paged), $"latency per page; {Format.Count(paged.Median.PerSecond)} events/s; {Format.Runs(paged)}"),
            new ResultRow($"verify the hash chain of the {Format.Integer(length)}-event stream", name, Format.Ms(verified.Median.Elapsed), "",
                $"{Format.Count(verified.Median.PerSecond)} events/s; {Format.Runs(verified)}"),
        ];
    }
}
