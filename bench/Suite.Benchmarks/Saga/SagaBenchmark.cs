using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Suite.Benchmarks.Measuring;
using Suite.Benchmarks.Reporting;
using Suite.Cluster.Simulated;
using Suite.Host.Embedded;
using Suite.ServiceDefaults.Postgres;

namespace Suite.Benchmarks.Saga;

/// <summary>
/// Saga transitions per second end to end: every service of the embedded suite in this process,
/// talking over RabbitMQ, keeping saga state, history and outbox in PostgreSQL, on the system clock.
/// </summary>
public sealed class SagaBenchmark(BenchmarkTarget target, TextWriter progress)
{
    private const string Store = "RabbitMQ + PostgreSQL";

    public async Task<IReadOnlyList<ResultRow>> Run(CancellationToken cancellationToken)
    {
        var sizes = target.Sizes;
        var schema = SchemaNames.New("bench_saga");
        using var host = EmbeddedSuite.Build(TimeProvider.System, SagaSettings.For(target, schema));
        progress.WriteLine("saga: starting the embedded suite over RabbitMQ + PostgreSQL ...");
        await host.StartAsync(cancellationToken);
        var postgres = host.Services.GetRequiredService<SuitePostgres>();
        try
        {
            var driver = new SagaDriver(host.Services.GetRequiredService<SimulatedCluster>(), host.Services.GetRequiredService<IBus>(),
                new SagaRows(postgres), sizes.Replicas);

            progress.WriteLine("saga: warm-up ...");
            await driver.Round("warm", 2, cancellationToken);

            progress.WriteLine("saga: one deployment alone ...");
            var (alone, aloneOutcomes) = await driver.Round("alone", 1, cancellationToken);

            var rounds = new List<RunResult>();
            var perDeployment = 0;
            var sessions = SessionStates.None;
            for (var round = 1; round <= sizes.SagaRounds; round++)
            {
                progress.WriteLine($"saga: round {round} of {sizes.SagaRounds}, {sizes.Deployments} deployments at once ...");
                var sampler = SessionSampler.Start(postgres.DataSource);
                var (result, outcomes) = await driver.Round($"r{round}", sizes.Deployments, cancellationToken);
                sessions = sessions.Add(await sampler.Stop());
                rounds.Add(result);
                perDeployment = outcomes[0].Transitions;
            }

            var measured = new Measured(rounds);
            var median = measured.Median;
            var shape = $"rolling, {sizes.Replicas} replicas, maxSurge 1 / maxUnavailable 0 ({perDeployment} transitions per deployment)";
            return
            [
                new ResultRow($"saga transitions, {sizes.Deployments} deployments at once", Store, $"{Format.Count(median.PerSecond)} transitions/s",
                    Format.Latency(measured),
                    $"latency = publish to last transition per deployment; {Format.Count(sizes.Deployments / median.Elapsed.TotalMinutes)} deployments/min; " +
                    $"round {Format.Seconds(median.Elapsed)}; mean per deployment {Format.Ms(Mean(median.Latencies))}; {shape}; {sessions.Describe()}; {Format.Runs(measured)}"),
                new ResultRow("saga transitions, one deployment alone", Store, $"{Format.Count(alone.PerSecond)} transitions/s",
                    Format.Ms(alone.Latencies[0]),
                    $"{aloneOutcomes[0].Transitions} transitions in {Format.Ms(alone.Elapsed)} (until seen ended); {Format.Count(alone.Latencies[0].TotalMilliseconds / aloneOutcomes[0].Transitions)} ms per transition"),
            ];
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
            await SchemaNames.Drop(postgres.DataSource, schema);
        }
    }

    private static TimeSpan Mean(IReadOnlyList<TimeSpan> values) => TimeSpan.FromTicks((long)values.Average(v => v.Ticks));
}
