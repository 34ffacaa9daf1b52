using System.Text.RegularExpressions;

namespace Suite.ServiceDefaults.Postgres;

/// <summary>
/// <c>Suite:Postgres</c>: one connection string and one schema, the same for every service.
/// Without a connection string a process keeps its state in memory (the embedded default).
/// </summary>
public sealed partial class PostgresOptions
{
    public const string Section = "Suite:Postgres";

    /// <summary>An Npgsql connection string, e.g. <c>Host=db;Port=5432;Username=suite;Password=…;Database=suite</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The schema every Suite table lives in (created when missing).</summary>
    public string Schema { get; set; } = "suite";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ConnectionString);

    /// <summary>Schema names are put into SQL text, so only plain lowercase identifiers are taken.</summary>
    public static bool IsValidSchema(string? schema) => schema is not null && Identifier().IsMatch(schema);

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex Identifier();
}
