using System.CommandLine;

namespace Suite.Benchmarks;

/// <summary>
/// <c>suite-bench</c>: measures the event store and the saga end to end against a running
/// PostgreSQL and RabbitMQ (bench/run.sh starts throwaway ones) and prints a markdown table.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var quick = new Option<bool>("--quick") { Description = "A short smoke run: small sizes, one run each" };
        var postgres = new Option<string?>("--postgres")
        {
            Description = "Npgsql connection string (default: $SUITE_POSTGRES_CONNECTION)",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("SUITE_POSTGRES_CONNECTION"),
        };
        var rabbitMq = new Option<int?>("--rabbitmq-port")
        {
            Description = "RabbitMQ's AMQP port on 127.0.0.1 (default: $SUITE_RABBITMQ_PORT)",
            DefaultValueFactory = _ => int.TryParse(Environment.GetEnvironmentVariable("SUITE_RABBITMQ_PORT"), CultureInfo.InvariantCulture, out var port)
                ? port
                : null,
        };
        var only = new Option<string?>("--only") { Description = "Run one part: store or saga" };
        only.AcceptOnlyFromAmong("store", "saga");

        var root = new RootCommand("Measures Suite's event store and saga over PostgreSQL and RabbitMQ; prints a markdown table") { quick, postgres, rabbitMq, only };
        root.SetAction(async (result, cancellationToken) =>
        {
            var connection = result.GetValue(postgres);
            var port = result.GetValue(rabbitMq);
            if (string.IsNullOrWhiteSpace(connection) || port is null)
            {
                await Console.Error.WriteLineAsync("suite-bench: give --postgres and --rabbitmq-port (or run bench/run.sh, which starts both)");
                return 2;
            }

            var isQuick = result.GetValue(quick);
            var target = new BenchmarkTarget(connection, port.Value, isQuick ? BenchmarkSizes.Quick : BenchmarkSizes.Full, isQuick);
            return await BenchmarkRun.Execute(target, result.GetValue(only), Console.Out, Console.Error, cancellationToken);
        });
        return await root.Parse(args).InvokeAsync();
    }
}
