using System.Text.Json;
using Npgsql;
using Suite.ServiceDefaults.Postgres;

namespace Suite.ServiceDefaults;

/// <summary>
/// Scheduled messages in PostgreSQL: they survive a restart, and with several scheduler
/// instances each due message is claimed by one of them (<c>FOR UPDATE SKIP LOCKED</c>, the
/// claimant's id, and a claim that expires, so a scheduler that died while sending does not hold
/// it for ever). Adds and cancels made while a message is consumed join that message's unit of
/// work, so they commit with its inbox mark: a redelivered ScheduleMessage adds nothing twice, and
/// a rolled-back consume leaves nothing behind.
/// </summary>
public sealed class PostgresScheduledMessageStore(SuitePostgres postgres, TimeProvider time, PostgresTransactionContext? ambient = null)
    : IScheduledMessageStore
{
    /// <summary>How long a claimed message is left to the scheduler that claimed it before another may send it.</summary>
    public static readonly TimeSpan ClaimFor = TimeSpan.FromSeconds(60);

    private readonly string _messages = postgres.Table("scheduled_message");
    private readonly string _cancels = postgres.Table("scheduled_cancel");
    private readonly Guid _claimant = Guid.NewGuid();

    public Task Add(ScheduledMessageRecord message, CancellationToken cancellationToken) =>
        Run(async command =>
        {
            command.CommandText = $"""
                WITH cancelled AS (
                    DELETE FROM {_cancels} WHERE token_id = @token AND until > @now RETURNING token_id)
                INSERT INTO {_messages} (token_id, due_at, revision, record)
                SELECT @token, @due, 1, @record WHERE NOT EXISTS (SELECT 1 FROM cancelled)
                ON CONFLICT (token_id) DO UPDATE SET due_at = excluded.due_at, record = excluded.record,
                    revision = {_messages}.revision + 1, claimed_until = NULL, claimed_by = NULL
                """;
            command.Parameters.AddWithValue("token", message.TokenId);
            command.Parameters.AddWithValue("now", time.GetUtcNow());
            command.Parameters.AddWithValue("due", message.DueAt);
            command.Parameters.AddWithValue("record", NpgsqlTypes.NpgsqlDbType.Jsonb,
                JsonSerializer.Serialize(message with { Revision = 0, ClaimedBy = null }));
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>Also forgets remembered cancels whose time has passed, so that they do not pile up.</summary>
    public Task<bool> Cancel(Guid tokenId, CancellationToken cancellationToken) =>
        Run(async command =>
        {
            command.CommandText = $"""
                WITH removed AS (DELETE FROM {_messages} WHERE token_id = @token RETURNING token_id),
                     expired AS (DELETE FROM {_cancels} WHERE until <= @now AND token_id <> @token),
                     remembered AS (
                        INSERT INTO {_cancels} (token_id, until) SELECT @token, @until WHERE NOT EXISTS (SELECT 1 FROM removed)
                        ON CONFLICT (token_id) DO UPDATE SET until = excluded.until)
                SELECT count(*) FROM removed
                """;
            var now = time.GetUtcNow();
            command.Parameters.AddWithValue("token", tokenId);
            command.Parameters.AddWithValue("now", now);
            command.Parameters.AddWithValue("until", now + InMemoryScheduledMessageStore.CancelMemory);
            return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) ?? 0L) > 0;
        }, cancellationToken);

    public async Task<IReadOnlyList<ScheduledMessageRecord>> GetDue(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        await using var command = postgres.DataSource.CreateCommand($"""
            UPDATE {_messages} SET claimed_until = @claimUntil, claimed_by = @claimant
            WHERE token_id IN (
                SELECT token_id FROM {_messages}
                WHERE due_at <= @now AND (claimed_until IS NULL OR claimed_until <= @now)
                ORDER BY due_at LIMIT @limit FOR UPDATE SKIP LOCKED)
            RETURNING record, revision, due_at
            """);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("claimUntil", now + ClaimFor);
        command.Parameters.AddWithValue("claimant", _claimant);
        command.Parameters.AddWithValue("limit", limit);
        var due = new List<ScheduledMessageRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var record = JsonSerializer.Deserialize<ScheduledMessageRecord>(reader.GetString(0))!;
            due.Add(record with { Revision = reader.GetInt64(1), DueAt = reader.GetFieldValue<DateTimeOffset>(2), ClaimedBy = _claimant });
        }

        return due.OrderBy(m => m.DueAt).ToList();
    }

    public async Task<DateTimeOffset?> GetNextDueAt(CancellationToken cancellationToken)
    {
        await using var command = postgres.DataSource.CreateCommand(
            $"SELECT min(GREATEST(due_at, COALESCE(claimed_until, due_at))) FROM {_messages}");
        var next = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return next is DateTime at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) : null;
    }

    /// <summary>Only the scheduler whose claim it is may complete it: one whose claim ran out and was taken over has lost it.</summary>
    public async Task Complete(ScheduledMessageRecord sent, CancellationToken cancellationToken)
    {
        await using var command = postgres.DataSource.CreateCommand(
            $"DELETE FROM {_messages} WHERE token_id = @token AND revision = @revision AND claimed_by IS NOT DISTINCT FROM @claimant");
        command.Parameters.AddWithValue("token", sent.TokenId);
        command.Parameters.AddWithValue("revision", sent.Revision);
        command.Parameters.AddWithValue("claimant", (object?)sent.ClaimedBy ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task Retry(ScheduledMessageRecord failed, DateTimeOffset retryAt, CancellationToken cancellationToken)
    {
        await using var command = postgres.DataSource.CreateCommand($"""
            UPDATE {_messages} SET due_at = @due, claimed_until = NULL, claimed_by = NULL, record = @record
            WHERE token_id = @token AND revision = @revision AND claimed_by IS NOT DISTINCT FROM @claimant
            """);
        command.Parameters.AddWithValue("token", failed.TokenId);
        command.Parameters.AddWithValue("revision", failed.Revision);
        command.Parameters.AddWithValue("claimant", (object?)failed.ClaimedBy ?? DBNull.Value);
        command.Parameters.AddWithValue("due", retryAt);
        command.Parameters.AddWithValue("record", NpgsqlTypes.NpgsqlDbType.Jsonb,
            JsonSerializer.Serialize(failed with { Attempts = failed.Attempts + 1, DueAt = retryAt, Revision = 0, ClaimedBy = null }));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private Task<T> Run<T>(Func<NpgsqlCommand, Task<T>> action, CancellationToken cancellationToken) =>
        PostgresTransactionContext.JoinOrOwnAsync(ambient, postgres.DataSource, action, cancellationToken);
}
