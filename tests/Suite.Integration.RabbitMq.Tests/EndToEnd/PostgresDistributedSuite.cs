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
        });

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
