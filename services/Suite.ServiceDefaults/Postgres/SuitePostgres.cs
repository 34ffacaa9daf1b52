using Npgsql;

namespace Suite.ServiceDefaults.Postgres;

/// <summary>The configured database: a pooled data source and the schema Suite's tables live in.</summary>
public sealed class SuitePostgres(NpgsqlDataSource dataSource, string schema)
{
    public NpgsqlDataSource DataSource { get; } = dataSource;
    public string Schema { get; } = schema;

    /// <summary>A table's qualified name, for SQL text.</summary>
    public string Table(string name) => $"{Schema}.{name}";
}
