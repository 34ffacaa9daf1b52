using Npgsql;

namespace Suite.Benchmarks;

/// <summary>Every run gets schemas of its own, so runs never see each other's rows and leave nothing behind.</summary>
public static class SchemaNames
{
    public static string New(string prefix) => $"{prefix}_{Guid.NewGuid():N}";

    public static async Task Drop(NpgsqlDataSource dataSource, string schema)
    {
        await using var command = dataSource.CreateCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE");
        await command.ExecuteNonQueryAsync(CancellationToken.None);
    }
}
