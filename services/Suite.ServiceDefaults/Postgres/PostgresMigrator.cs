using Npgsql;

namespace Suite.ServiceDefaults.Postgres;

/// <summary>
/// Creates and upgrades the schema: each migration runs in its own transaction under an advisory
/// lock, so processes starting together apply it once, and a failed one leaves nothing behind.
/// The schema is created only when it does not exist yet, so a role that owns an existing schema
/// but may not create schemas in the database can run Suite.
/// </summary>
public static class PostgresMigrator
{
    public static async Task<IReadOnlyList<PostgresMigration>> MigrateAsync(NpgsqlDataSource dataSource, string schema,
        IEnumerable<PostgresMigration> migrations, CancellationToken cancellationToken)
    {
        var applied = new List<PostgresMigration>();
        foreach (var migration in migrations.OrderBy(m => m.Module, StringComparer.Ordinal).ThenBy(m => m.Version))
        {
            if (await ApplyAsync(dataSource, schema, migration, cancellationToken).ConfigureAwait(false))
            {
                applied.Add(migration);
            }
        }

        return applied;
    }

    private static async Task<bool> ApplyAsync(NpgsqlDataSource dataSource, string schema, PostgresMigration migration,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var quoted = SuitePostgres.Quote(schema);
        await Execute(connection, transaction, "SELECT pg_advisory_xact_lock(hashtext(@key))", cancellationToken, ("key", $"suite-migrations:{schema}"));
        await using (var exists = new NpgsqlCommand("SELECT 1 FROM pg_namespace WHERE nspname = @schema", connection, transaction))
        {
            exists.Parameters.AddWithValue("schema", schema);
            if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is null)
            {
                await Execute(connection, transaction, $"CREATE SCHEMA {quoted}", cancellationToken);
            }
        }

        await Execute(connection, transaction, $"""
            CREATE TABLE IF NOT EXISTS {quoted}.schema_migrations (
                module text NOT NULL,
                version int NOT NULL,
                name text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now(),
                PRIMARY KEY (module, version));
            """, cancellationToken);

        await using (var check = new NpgsqlCommand($"SELECT 1 FROM {quoted}.schema_migrations WHERE module = @module AND version = @version",
            connection, transaction))
        {
            check.Parameters.AddWithValue("module", migration.Module);
            check.Parameters.AddWithValue("version", migration.Version);
            if (await check.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null)
            {
                return false;
            }
        }

        try
        {
            await Execute(connection, transaction, migration.Sql.Replace("{schema}", quoted, StringComparison.Ordinal), cancellationToken);
        }
        catch (PostgresException exception)
        {
            throw new InvalidOperationException(
                $"PostgreSQL migration {migration.Module} v{migration.Version} ({migration.Name}) failed: {exception.MessageText}", exception);
        }

        await Execute(connection, transaction, $"INSERT INTO {quoted}.schema_migrations (module, version, name) VALUES (@module, @version, @name)",
            cancellationToken, ("module", migration.Module), ("version", migration.Version), ("name", migration.Name));
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static async Task Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken,
        params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
