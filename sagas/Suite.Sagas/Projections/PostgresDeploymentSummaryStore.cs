using System.Text.Json;
using NpgsqlTypes;
using Suite.ServiceDefaults.Postgres;

namespace Suite.Sagas.Projections;

public sealed class PostgresDeploymentSummaryStore(SuitePostgres postgres) : IDeploymentSummaryStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly string _summaries = postgres.Table("deployment_summary");
    private readonly string _checkpoints = postgres.Table("projection_checkpoint");

    public async Task<long> GetCheckpointAsync(CancellationToken cancellationToken)
    {
        await using var command = postgres.DataSource.CreateCommand($"SELECT position FROM {_checkpoints} WHERE name = 'deployment_summary'");
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long position ? position : 0;
    }

    public async Task SaveAsync(IReadOnlyList<DeploymentSummary> summaries, long checkpoint, CancellationToken cancellationToken)
    {
        await using var connection = await postgres.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var batch = new Npgsql.NpgsqlBatch(connection, transaction);
        foreach (var s in summaries)
        {
            var upsert = new Npgsql.NpgsqlBatchCommand($"""
                INSERT INTO {_summaries} (deployment_id, application, environment, state, is_terminal, started_at, history_version, summary)
                VALUES (@id, @application, @environment, @state, @terminal, @started, @version, @summary)
                ON CONFLICT (deployment_id) DO UPDATE SET application = excluded.application, environment = excluded.environment,
                    state = excluded.state, is_terminal = excluded.is_terminal, started_at = excluded.started_at,
                    history_version = excluded.history_version, summary = excluded.summary
                WHERE {_summaries}.history_version <= excluded.history_version
                """);
            upsert.Parameters.AddWithValue("id", s.DeploymentId);
            upsert.Parameters.AddWithValue("application", s.Application);
            upsert.Parameters.AddWithValue("environment", s.Environment);
            upsert.Parameters.AddWithValue("state", s.State);
            upsert.Parameters.AddWithValue("terminal", s.IsTerminal);
            upsert.Parameters.AddWithValue("started", s.StartedAt);
            upsert.Parameters.AddWithValue("version", s.HistoryVersion);
            upsert.Parameters.AddWithValue("summary", NpgsqlDbType.Jsonb, JsonSerializer.Serialize(s, Json));
            batch.BatchCommands.Add(upsert);
        }

        var move = new Npgsql.NpgsqlBatchCommand($"""
            INSERT INTO {_checkpoints} (name, position) VALUES ('deployment_summary', @position)
            ON CONFLICT (name) DO UPDATE SET position = GREATEST({_checkpoints}.position, excluded.position)
            """);
        move.Parameters.AddWithValue("position", checkpoint);
        batch.BatchCommands.Add(move);
        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<DeploymentList> QueryAsync(DeploymentSummaryQuery query, CancellationToken cancellationToken)
    {
        await using var command = postgres.DataSource.CreateCommand();
        var where = new List<string>();
        void Filter(string clause, string name, object? value)
        {
            if (value is not null)
            {
                where.Add(clause);
                command.Parameters.AddWithValue(name, value);
            }
        }

        Filter("lower(application) = lower(@application)", "application", query.Application);
        Filter("lower(environment) = lower(@environment)", "environment", query.Environment);
        Filter("started_at >= @from", "from", query.StartedAfter);
        Filter("started_at < @to", "to", query.StartedBefore);
        if (query.State is { } state)
        {
            where.Add(state.ToLowerInvariant() switch
            {
                DeploymentSummaryQuery.Running => "NOT is_terminal",
                DeploymentSummaryQuery.Ended => "is_terminal",
                _ => "lower(state) = lower(@state)",
            });
            command.Parameters.AddWithValue("state", state);
        }

        if (query.After is { } after)
        {
            where.Add("(started_at, deployment_id) < (@afterStarted, @afterId)");
            command.Parameters.AddWithValue("afterStarted", after.StartedAt);
            command.Parameters.AddWithValue("afterId", after.DeploymentId);
        }

        command.CommandText = $"""
            SELECT summary::text FROM {_summaries}
            {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "")}
            ORDER BY started_at DESC, deployment_id DESC LIMIT @limit
            """;
        command.Parameters.AddWithValue("limit", query.Limit + 1);
        var rows = new List<DeploymentSummary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(JsonSerializer.Deserialize<DeploymentSummary>(reader.GetString(0), Json)!);
        }

        return DeploymentSummaryPages.Of(rows, query.Limit);
    }
}
