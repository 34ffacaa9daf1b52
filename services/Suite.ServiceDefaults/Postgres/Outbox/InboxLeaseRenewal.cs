namespace Suite.ServiceDefaults.Postgres.Outbox;

/// <summary>Renews a delivery's claim on a message every third of the lease while the consumer works; stops when disposed.</summary>
internal sealed class InboxLeaseRenewal : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewing;

    private InboxLeaseRenewal(PostgresInbox inbox, InboxState state, Guid claimant, TimeSpan lease, TimeProvider time, ILogger logger) =>
        _renewing = Renew(inbox, state, claimant, lease, time, logger, _stop.Token);

    public static InboxLeaseRenewal Start(PostgresInbox inbox, InboxState state, Guid claimant, TimeSpan lease, TimeProvider time, ILogger logger) =>
        new(inbox, state, claimant, lease, time, logger);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _renewing.ConfigureAwait(false);
        _stop.Dispose();
    }

    private static async Task Renew(PostgresInbox inbox, InboxState state, Guid claimant, TimeSpan lease, TimeProvider time, ILogger logger,
        CancellationToken stop)
    {
        var every = lease / 3;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(every, time, stop).ConfigureAwait(false);
                if (!await inbox.RenewAsync(state.MessageId, state.ConsumerId, claimant, lease, stop).ConfigureAwait(false))
                {
                    return;
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Npgsql.NpgsqlException exception)
            {
                // The consume goes on; should the lease run out meanwhile, the inbox still lets only one delivery commit.
                logger.LogWarning("Renewing the inbox lease of message {MessageId} failed: {Reason}", state.MessageId, exception.Message);
            }
        }
    }
}
