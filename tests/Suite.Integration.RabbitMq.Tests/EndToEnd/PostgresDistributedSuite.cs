using Npgsql;

namespace Suite.Integration.RabbitMq.Tests.EndToEnd;

/// <summary>
/// The distributed suite with every process keeping its state in PostgreSQL (a schema of its
/// own, dropped afterwards): what survives a process being killed is what the database holds.
/// </summary>
public sealed class PostgresDistributedSuite : DistributedSuite
{
    private readonly string _schema = "e2e_" + Guid.NewGuid().ToString("N")[..12];

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("SUITE_TEST_POSTGRES_CONNECTION") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("SUITE_TEST_POSTGRES_CONNECTION is not set: run these tests through ./test.sh");

    protected override Task<IReadOnlyDictionary<string, string>> AdditionalEnvironment() =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>
        {
            ["Suite__Postgres__ConnectionString"] = ConnectionString,
            ["Suite__Postgres__Schema"] = _schema,

            // Left-behind outboxes are swept within seconds rather than the production 30 s, so tests see the end state soon.
            ["Suite__Postgres__Outbox__SweepAfter"] = "00:00:03",
            ["Suite__Postgres__Outbox__SweepInterval"] = "00:00:01",
            ["Suite__Postgres__Outbox__Lease"] = "00:00:06",
        });

    /// <summary>Runs <paramref name="sql"/> (which may name the schema as <c>{schema}</c>) against the suite's database.</summary>
    public async Task<object?> Scalar(string sql)
    {
        await using var dataSource = NpgsqlDataSource.Create(ConnectionString);
        await using var command = dataSource.CreateCommand(sql.Replace("{schema}", _schema, StringComparison.Ordinal));
        return await command.ExecuteScalarAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await using var dataSource = NpgsqlDataSource.Create(ConnectionString);
        await using var drop = dataSource.CreateCommand($"DROP SCHEMA IF EXISTS {_schema} CASCADE");
        await drop.ExecuteNonQueryAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresDistributedSuiteCollection : ICollectionFixture<PostgresDistributedSuite>
{
    public const string Name = "PostgresDistributedSuite";
}
