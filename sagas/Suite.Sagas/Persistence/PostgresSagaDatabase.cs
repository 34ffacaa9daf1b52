using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using Suite.ServiceDefaults.Postgres;

namespace Suite.Sagas.Persistence;

/// <summary>
/// One saga type's rows, read and written inside a unit of work. Each row carries the instance as
/// JSON and a version. A message's transition loads its instance with <c>FOR UPDATE</c> (when
/// <paramref name="lockOnLoad"/>), so two orchestrators consuming events of one deployment take
/// turns instead of both working from the same version; an update still names the version it
/// loaded and fails when the row moved on, so a conflicting transition is retried rather than lost.
/// </summary>
public sealed class PostgresSagaDatabase<TSaga>(SuitePostgres postgres, PostgresTransactionContext transaction, bool lockOnLoad = true)
    where TSaga : class, ISagaVersion
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly string _table = postgres.Table(SagaTables.NameOf<TSaga>());

    public PostgresTransactionContext Transaction => transaction;

    /// <summary>Inserts the instance unless it exists; false when it did (the caller loads it instead).</summary>
    public async Task<bool> TryInsertAsync(TSaga instance, CancellationToken cancellationToken)
    {
        instance.Version = Math.Max(instance.Version, 1);
        var inserted = await Run(async command =>
        {
            command.CommandText = $"""
                INSERT INTO {_table} (correlation_id, version, current_state, data, updated_at) VALUES (@id, @version, @state, @data, now())
                ON CONFLICT (correlation_id) DO NOTHING
                """;
            Bind(command, instance);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
        return inserted == 1;
    }

    public async Task InsertAsync(TSaga instance, CancellationToken cancellationToken)
    {
        if (!await TryInsertAsync(instance, cancellationToken).ConfigureAwait(false))
        {
            throw new MassTransit.ConcurrencyException($"saga {instance.CorrelationId} already exists", typeof(TSaga), instance.CorrelationId);
        }
    }

    public Task<TSaga?> LoadAsync(Guid correlationId, CancellationToken cancellationToken) =>
        Run(async command =>
        {
            command.CommandText = $"SELECT data::text, version FROM {_table} WHERE correlation_id = @id{(lockOnLoad ? " FOR UPDATE" : "")}";
            command.Parameters.AddWithValue("id", correlationId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader) : null;
        });

    public Task<IReadOnlyList<TSaga>> LoadAllAsync(CancellationToken cancellationToken) =>
        Run<IReadOnlyList<TSaga>>(async command =>
        {
            command.CommandText = $"SELECT data::text, version FROM {_table}";
            var all = new List<TSaga>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                all.Add(Read(reader));
            }

            return all;
        });

    /// <summary>Writes the instance if its row is still at the version it was loaded with; then the instance carries the new version.</summary>
    public async Task UpdateAsync(TSaga instance, CancellationToken cancellationToken)
    {
        var loaded = instance.Version;
        instance.Version = loaded + 1;
        var updated = await Run(async command =>
        {
            command.CommandText = $"""
                UPDATE {_table} SET version = @version, current_state = @state, data = @data, updated_at = now()
                WHERE correlation_id = @id AND version = @loaded
                """;
            Bind(command, instance);
            command.Parameters.AddWithValue("loaded", loaded);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
        if (updated != 1)
        {
            instance.Version = loaded;
            throw new MassTransit.ConcurrencyException(
                $"saga {instance.CorrelationId} was changed by someone else since version {loaded} was loaded", typeof(TSaga), instance.CorrelationId);
        }
    }

    /// <summary>Deletes the instance if its row is still at the version it was loaded with; otherwise throws, as an update would.</summary>
    public async Task DeleteAsync(TSaga instance, CancellationToken cancellationToken)
    {
        var deleted = await Run(async command =>
        {
            command.CommandText = $"DELETE FROM {_table} WHERE correlation_id = @id AND version = @version";
            command.Parameters.AddWithValue("id", instance.CorrelationId);
            command.Parameters.AddWithValue("version", instance.Version);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
        if (deleted != 1)
        {
            throw new MassTransit.ConcurrencyException(
                $"saga {instance.CorrelationId} was changed or deleted by someone else since version {instance.Version} was loaded", typeof(TSaga),
                instance.CorrelationId);
        }
    }

    private Task<T> Run<T>(Func<NpgsqlCommand, Task<T>> action) => transaction.CommandAsync(action, CancellationToken.None);

    private static void Bind(NpgsqlCommand command, TSaga instance)
    {
        command.Parameters.AddWithValue("id", instance.CorrelationId);
        command.Parameters.AddWithValue("version", instance.Version);
        command.Parameters.AddWithValue("state", SagaTables.StateOf(instance) ?? (object)DBNull.Value);
        command.Parameters.AddWithValue("data", NpgsqlDbType.Jsonb, JsonSerializer.Serialize(instance, Json));
    }

    private static TSaga Read(NpgsqlDataReader reader)
    {
        var instance = JsonSerializer.Deserialize<TSaga>(reader.GetString(0), Json) ?? throw new InvalidOperationException("a saga row is null");
        instance.Version = reader.GetInt32(1);
        return instance;
    }
}
