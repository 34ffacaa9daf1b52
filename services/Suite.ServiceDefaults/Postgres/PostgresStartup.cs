using Npgsql;

namespace Suite.ServiceDefaults.Postgres;

internal static class PostgresStartup
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(1);

    /// <summary>host:port/database of a connection string: what a person needs, and no secret.</summary>
    public static string Describe(PostgresOptions options)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
            return $"{builder.Host}:{builder.Port}/{builder.Database}";
        }
        catch (ArgumentException)
        {
            return "(unreadable connection string)";
        }
    }
}
