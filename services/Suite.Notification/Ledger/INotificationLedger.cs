namespace Suite.Notification.Ledger;

/// <summary>
/// Remembers which deliveries were made, so that each (deployment, event, channel) is delivered once
/// even when the bus redelivers the event or two instances receive it, and which channels hold an open
/// incident for a deployment. In memory by default; in PostgreSQL, shared by every instance, when
/// <c>Suite:Postgres:ConnectionString</c> is set. Channel names compare without case.
/// </summary>
public interface INotificationLedger
{
    /// <summary>
    /// Claims <paramref name="key"/> for delivery for <see cref="ClaimLease.Duration"/>: <see cref="ClaimStatus.Claimed"/> when it
    /// has not ended and no live claim holds it (a claim whose lease ran out is taken over).
    /// </summary>
    ValueTask<LedgerClaim> TryClaimAsync(DeliveryKey key, CancellationToken cancellationToken);

    /// <summary>Extends the claim's lease; false when it is no longer this claim's (it ran out and was taken over, or ended).</summary>
    ValueTask<bool> RenewAsync(DeliveryKey key, Guid claim, CancellationToken cancellationToken);

    /// <summary>Records how the delivery ended (the first outcome recorded stands); it is never made again.</summary>
    ValueTask CompleteAsync(DeliveryKey key, Guid claim, DeliveryOutcome outcome, CancellationToken cancellationToken);

    /// <summary>Gives the claim up without an outcome (the delivery was interrupted), so that a redelivered event makes it.</summary>
    ValueTask AbandonAsync(DeliveryKey key, Guid claim, CancellationToken cancellationToken);

    /// <summary>
    /// Whether a delivery of one of <paramref name="eventKinds"/> of the deployment to <paramref name="channel"/>, other than
    /// <paramref name="except"/>, is being made right now (claimed, not ended, its lease not run out).
    /// </summary>
    ValueTask<bool> IsAnyInFlightAsync(Guid deploymentId, string channel, IReadOnlyCollection<string> eventKinds, DeliveryKey except,
        CancellationToken cancellationToken);

    /// <summary>
    /// Records that <paramref name="channel"/> opens an incident for the deployment (before it sends the trigger), and returns
    /// the latest end of the deployment recorded with <see cref="EndIncidentAsync"/>, if any.
    /// </summary>
    ValueTask<DateTimeOffset?> OpenIncidentAsync(Guid deploymentId, string channel, CancellationToken cancellationToken);

    /// <summary>Records that the deployment ended (well) at <paramref name="endedAt"/>, and returns whether <paramref name="channel"/> holds its incident open.</summary>
    ValueTask<bool> EndIncidentAsync(Guid deploymentId, string channel, DateTimeOffset endedAt, CancellationToken cancellationToken);

    /// <summary>Records that the deployment's incident on <paramref name="channel"/> was resolved.</summary>
    ValueTask CloseIncidentAsync(Guid deploymentId, string channel, CancellationToken cancellationToken);

    /// <summary>Records that <paramref name="deploymentId"/> runs <paramref name="retryOf"/> again, so that a later successful retry can end the whole chain's incidents.</summary>
    ValueTask RecordRetryAsync(Guid deploymentId, Guid retryOf, CancellationToken cancellationToken);

    /// <summary>The deployment <paramref name="deploymentId"/> runs again, when that was recorded.</summary>
    ValueTask<Guid?> RetryOfAsync(Guid deploymentId, CancellationToken cancellationToken);
}
