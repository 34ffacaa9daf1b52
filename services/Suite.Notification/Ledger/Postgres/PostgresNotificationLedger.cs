using Npgsql;
using Suite.Notification.Delivery;
using Suite.ServiceDefaults.Postgres;

namespace Suite.Notification.Ledger.Postgres;

/// <summary>
/// The ledger in PostgreSQL, shared by every Notification instance and surviving restarts. Each call is
/// one statement on a short connection of its own, never the consume's transaction: a claim is visible
/// to the other instances at once, and no transaction stays open while a channel is called. Leases are
/// set and compared on each instance's own wall clock: a skew of seconds between hosts is harmless
/// against a lease of a minute.
/// </summary>
public sealed class PostgresNotificationLedger(SuitePostgres postgres, DeliveryClock clock) : INotificationLedger
{
    private readonly string _deliveries = postgres.Table("notification_delivery");
    private readonly string _incidents = postgres.Table("notification_incident");
    private readonly string _retries = postgres.Table("notification_retry");

    public async ValueTask<LedgerClaim> TryClaimAsync(DeliveryKey key, CancellationToken cancellationToken)
    {
        var claim = Guid.NewGuid();
        var now = clock.Now;
        await using (var command = Command($"""
            INSERT INTO {_deliveries} AS d (deployment_id, event_kind, occurred_at, channel, claim_id, claimed_at, claimed_until)
            VALUES (@deployment, @kind, @occurred, @channel, @claim, @now, @until)
            ON CONFLICT (deployment_id, event_kind, occurred_at, channel) DO UPDATE
                SET claim_id = excluded.claim_id, claimed_at = excluded.claimed_at, claimed_until = excluded.claimed_until
                WHERE d.outcome IS NULL AND (d.claimed_until IS NULL OR d.claimed_until <= @now)
            RETURNING claim_id
            """, key))
        {
            command.Parameters.AddWithValue("claim", claim);
            command.Parameters.AddWithValue("now", now);
            command.Parameters.AddWithValue("until", now + ClaimLease.Duration);
            if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is Guid)
            {
                return new LedgerClaim(ClaimStatus.Claimed, claim);
            }
        }

        await using var ended = Command($"""
            SELECT outcome IS NOT NULL FROM {_deliveries}
            WHERE deployment_id = @deployment AND event_kind = @kind AND occurred_at = @occurred AND channel = @channel
            """, key);
        return await ended.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true ? LedgerClaim.Ended : LedgerClaim.Held;
    }

    public async ValueTask<bool> RenewAsync(DeliveryKey key, Guid claim, CancellationToken cancellationToken)
    {
        await using var command = Command($"""
            UPDATE {_deliveries} SET claimed_until = @until
            WHERE deployment_id = @deployment AND event_kind = @kind AND occurred_at = @occurred AND channel = @channel
                AND claim_id = @claim AND outcome IS NULL
            """, key);
        command.Parameters.AddWithValue("claim", claim);
        command.Parameters.AddWithValue("until", clock.Now + ClaimLease.Duration);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public async ValueTask CompleteAsync(DeliveryKey key, Guid claim, DeliveryOutcome outcome, CancellationToken cancellationToken)
    {
        await using var command = Command($"""
            INSERT INTO {_deliveries} AS d (deployment_id, event_kind, occurred_at, channel, claim_id, outcome, ended_at)
            VALUES (@deployment, @kind, @occurred, @channel, @claim, @outcome, @now)
            ON CONFLICT (deployment_id, event_kind, occurred_at, channel) DO UPDATE
                SET outcome = excluded.outcome, ended_at = excluded.ended_at, claimed_until = NULL
                WHERE d.outcome IS NULL
            """, key);
        command.Parameters.AddWithValue("claim", claim);
        command.Parameters.AddWithValue("outcome", outcome.ToString());
        command.Parameters.AddWithValue("now", clock.Now);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask AbandonAsync(DeliveryKey key, Guid claim, CancellationToken cancellationToken)
    {
        await using var command = Command($"""
            UPDATE {_deliveries} SET claim_id = NULL, claimed_at = NULL, claimed_until = NULL
            WHERE deployment_id = @deployment AND event_kind = @kind AND occurred_at = @occurred AND channel = @channel
                AND claim_id = @claim AND outcome IS NULL
            """, key);
        command.Parameters.AddWithValue("claim", claim);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<bool> IsAnyInFlightAsync(Guid deploymentId, string channel, IReadOnlyCollection<string> eventKinds, DeliveryKey except,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(eventKinds);
        await using var command = Command($"""
            SELECT EXISTS (SELECT 1 FROM {_deliveries}
                WHERE deployment_id = @id AND channel = @channel_of AND event_kind = ANY(@kinds)
                    AND outcome IS NULL AND claimed_until > @now
                    AND NOT (deployment_id = @deployment AND event_kind = @kind AND occurred_at = @occurred AND channel = @channel))
            """, except);
        command.Parameters.AddWithValue("id", deploymentId);
        command.Parameters.AddWithValue("channel_of", Channel(channel));
        command.Parameters.AddWithValue("kinds", eventKinds.ToArray());
        command.Parameters.AddWithValue("now", clock.Now);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true;
    }

    public async ValueTask<DateTimeOffset?> OpenIncidentAsync(Guid deploymentId, string channel, CancellationToken cancellationToken)
    {
        await using var command = Command($"""
            INSERT INTO {_incidents} AS i (deployment_id, channel, is_open, updated_at) VALUES (@deployment, @channel, true, @now)
            ON CONFLICT (deployment_id, channel) DO UPDATE SET is_open = true, updated_at = excluded.updated_at
            RETURNING ended_at
            """, deploymentId, channel);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is DateTime ended
            ? new DateTimeOffset(DateTime.SpecifyKind(ended, DateTimeKind.Utc))
            : null;
    }

    public async ValueTask<bool> EndIncidentAsync(Guid deploymentId, string channel, DateTimeOffset endedAt, CancellationToken cancellationToken)
    {
        await using var command = Command($"""
            INSERT INTO {_incidents} AS i (deployment_id, channel, ended_at, updated_at) VALUES (@deployment, @channel, @ended, @now)
            ON CONFLICT (deployment_id, channel) DO UPDATE
                SET ended_at = GREATEST(i.ended_at, excluded.ended_at), updated_at = excluded.updated_at
            RETURNING is_open
            """, deploymentId, channel);
        command.Parameters.AddWithValue("ended", endedAt.ToUniversalTime());
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true;
    }

    public async ValueTask CloseIncidentAsync(Guid deploymentId, string channel, CancellationToken cancellationToken)
    {
        await using var command = Command(
            $"UPDATE {_incidents} SET is_open = false, updated_at = @now WHERE deployment_id = @deployment AND channel = @channel",
            deploymentId, channel);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask RecordRetryAsync(Guid deploymentId, Guid retryOf, CancellationToken cancellationToken)
    {
        await using var command = postgres.DataSource.CreateCommand($"""
            INSERT INTO {_retries} (deployment_id, retry_of, recorded_at) VALUES (@deployment, @retryOf, @now)
            ON CONFLICT (deployment_id) DO NOTHING
            """);
        command.Parameters.AddWithValue("deployment", deploymentId);
        command.Parameters.AddWithValue("retryOf", retryOf);
        command.Parameters.AddWithValue("now", clock.Now);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<Guid?> RetryOfAsync(Guid deploymentId, CancellationToken cancellationToken)
    {
        await using var command = postgres.DataSource.CreateCommand($"SELECT retry_of FROM {_retries} WHERE deployment_id = @deployment");
        command.Parameters.AddWithValue("deployment", deploymentId);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as Guid?;
    }

    // Channel names are configuration keys, which ignore case.
    private static string Channel(string name) => name.ToLowerInvariant();

    private NpgsqlCommand Command(string sql, DeliveryKey key)
    {
        var command = postgres.DataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("deployment", key.DeploymentId);
        command.Parameters.AddWithValue("kind", key.EventKind);
        command.Parameters.AddWithValue("occurred", key.OccurredAt.ToUniversalTime());
        command.Parameters.AddWithValue("channel", Channel(key.Channel));
        return command;
    }

    private NpgsqlCommand Command(string sql, Guid deploymentId, string channel)
    {
        var command = postgres.DataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("deployment", deploymentId);
        command.Parameters.AddWithValue("channel", Channel(channel));
        command.Parameters.AddWithValue("now", clock.Now);
        return command;
    }
}
