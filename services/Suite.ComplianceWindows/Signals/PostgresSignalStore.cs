using Suite.ServiceDefaults.Postgres;

namespace Suite.ComplianceWindows.Signals;

/// <summary>
/// Signals in PostgreSQL, one row per condition (its name lower-cased is the key): a newer report
/// replaces the row in one statement, so two instances recording at once keep the newest.
/// </summary>
public sealed class PostgresSignalStore(SuitePostgres postgres) : ISignalStore
{
    private readonly string _table = postgres.Table("compliance_signal");

    public async Task<bool> RecordAsync(SignalReading reading, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reading);
        await using var command = postgres.DataSource.CreateCommand($"""
            INSERT INTO {_table} (name_key, name, value, reported_at, source) VALUES (lower(@name), @name, @value, @at, @source)
            ON CONFLICT (name_key) DO UPDATE SET name = excluded.name, value = excluded.value, reported_at = excluded.reported_at, source = excluded.source
            WHERE {_table}.reported_at < excluded.reported_at
            RETURNING 1
            """);
        command.Parameters.AddWithValue("name", reading.Name);
        command.Parameters.AddWithValue("value", reading.Value);
        command.Parameters.AddWithValue("at", reading.ReportedAt.ToUniversalTime());
        command.Parameters.AddWithValue("source", (object?)reading.Source ?? DBNull.Value);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
    }

    public async Task<IReadOnlyDictionary<string, SignalReading>> SnapshotAsync(CancellationToken cancellationToken)
    {
        await using var command = postgres.DataSource.CreateCommand($"SELECT name, value, reported_at, source FROM {_table}");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var latest = new Dictionary<string, SignalReading>(StringComparer.OrdinalIgnoreCase);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var name = reader.GetString(0);
            latest[name] = new SignalReading(name, reader.GetDouble(1), reader.GetFieldValue<DateTimeOffset>(2), reader.IsDBNull(3) ? null : reader.GetString(3));
        }

        return latest;
    }
}
