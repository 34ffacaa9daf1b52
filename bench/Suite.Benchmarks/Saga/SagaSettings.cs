namespace Suite.Benchmarks.Saga;

/// <summary>
/// The embedded suite over RabbitMQ and PostgreSQL, with the simulated cluster's waits taken out
/// (pods ready and gone at once, one metrics sample per gate, 10 ms polls), so that what is left is
/// Suite's own cost per transition: messages, saga state, history and outbox.
/// </summary>
public static class SagaSettings
{
    public static IReadOnlyDictionary<string, string?> For(BenchmarkTarget target, string schema) => new Dictionary<string, string?>
    {
        ["Suite:Bus:Transport"] = "RabbitMq",
        ["Suite:RabbitMq:Host"] = "127.0.0.1",
        ["Suite:RabbitMq:Port"] = target.RabbitMqPort.ToString(CultureInfo.InvariantCulture),
        ["Suite:Postgres:ConnectionString"] = target.PostgresConnection,
        ["Suite:Postgres:Schema"] = schema,
        ["Suite:Cluster:Simulated:StartupDelay"] = "00:00:00",
        ["Suite:Cluster:Simulated:TerminationGrace"] = "00:00:00",
        ["Suite:TrafficAnalysis:Samples"] = "1",
        ["Suite:QualityGates:Samples"] = "1",
        ["Suite:Rollout:PollInterval"] = "00:00:00.010",
        ["Suite:Draining:PollInterval"] = "00:00:00.010",
    };
}
