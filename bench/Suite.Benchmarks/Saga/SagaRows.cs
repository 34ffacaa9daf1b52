using Npgsql;
using Suite.Sagas.Deployments;
using Suite.Sagas.EventStore;
using Suite.ServiceDefaults.Postgres;

namespace Suite.Benchmarks.Saga;

/// <summary>
/// Reads the saga's rows and history straight from PostgreSQL: asking over the bus would put the
/// benchmark's own messages in the queues it measures.
/// </summary>
public sealed class SagaRows(SuitePostgres postgres)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    /// <summary>Returns when every deployment is in a terminal state; throws with their states after <paramref name="timeout"/>.</summary>
    public async Task WaitUntilEnded(IReadOnlyList<Guid> deployments, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var states = await States(deployments, cancellationToken);
            if (states.Count == deployments.Count && states.Values.All(DeploymentProgress.IsTerminal))
            {
                return;
            }

            if (deadline.Elapsed > timeout)
            {
                var summary = string.Join(", ", states.Values.GroupBy(s => s).Select(g => $"{g.Count()} {g.Key}"));
                throw new TimeoutException($"{deployments.Count} deployments did not all end within {timeout}: {summary} ({states.Count} started)");
            }

            await Task.Delay(PollInterval, TimeProvider.System, cancellationToken);
        }
    }

    public async Task<IReadOnlyList<DeploymentOutcome>> Outcomes(IReadOnlyList<Guid> deployments, CancellationToken cancellationToken)
    {
        var states = await States(deployments, cancellationToken);
        await using var command = postgres.DataSource.CreateCommand(
            $"SELECT stream_id, count(*), max(recorded_at) FROM {postgres.Table("history_event")} WHERE stream_id = ANY(@streams) GROUP BY stream_id");
        command.Parameters.AddWithValue("streams", deployments.Select(HistoryJson.StreamId).ToArray());
        var histories = new Dictionary<string, (int Count, DateTimeOffset Last)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                histories[reader.GetString(0)] = ((int)reader.GetInt64(1), reader.GetFieldValue<DateTimeOffset>(2));
            }
        }

        return deployments.Select(id =>
        {
            var (count, last) = histories.GetValueOrDefault(HistoryJson.StreamId(id));
            return new DeploymentOutcome(id, states.GetValueOrDefault(id, "missing"), count, last);
        }).ToList();
    }

    private async Task<Dictionary<Guid, string>> States(IReadOnlyList<Guid> deployments, CancellationToken cancellationToken)
    {
        await using var command = postgres.DataSource.CreateCommand(
            $"SELECT correlation_id, current_state FROM {postgres.Table("saga_deployment_state")} WHERE correlation_id = ANY(@ids)");
        command.Parameters.AddWithValue("ids", deployments.ToArray());
        var states = new Dictionary<Guid, string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            states[reader.GetGuid(0)] = reader.IsDBNull(1) ? "" : reader.GetString(1);
        }

        return states;
    }
}
