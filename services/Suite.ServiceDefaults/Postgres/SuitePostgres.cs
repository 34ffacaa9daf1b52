using Npgsql;

namespace Suite.ServiceDefaults.Postgres;

/// <summary>The configured database: a pooled data source and the schema Suite's tables live in.</summary>
public sealed class SuitePostgres(NpgsqlDataSource dataSource, string schema)
{
    public NpgsqlDataSource DataSource { get; } = dataSource;
    public string Schema { get; } = schema;

    /// <summary>The schema as an identifier for SQL text, quoted (a valid schema may still be a reserved word, e.g. <c>order</c>).</summary>
    public string QuotedSchema { get; } = Quote(schema);

    /// <summary>A table's (or sequence's) qualified name, for SQL text.</summary>
    public string Table(string name) => $"{QuotedSchema}.{name}";

    /// <summary>An identifier quoted for SQL text: <c>order</c> → <c>"order"</c>.</summary>
    public static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
