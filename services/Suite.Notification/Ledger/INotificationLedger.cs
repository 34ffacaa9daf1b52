namespace Suite.Notification.Ledger;

/// <summary>
/// Remembers which deliveries were made, so that each (deployment, event, channel) is delivered once
/// even when the bus redelivers the event, and which channels hold an open incident for a deployment.
/// Storage-agnostic: in memory by default; a database implementation makes it survive restarts and
/// be shared by several replicas (it should then let a claim older than the longest delivery be taken again).
/// </summary>
public interface INotificationLedger
{
    /// <summary>
    /// Claims <paramref name="key"/> for delivery: true when nobody delivered it yet and no other delivery
    /// of it is running; false when it already ended (any <see cref="DeliveryOutcome"/>) or is claimed.
    /// </summary>
    ValueTask<bool> TryBeginAsync(DeliveryKey key, CancellationToken cancellationToken);

    /// <summary>Records how a claimed delivery ended; it is never tried again.</summary>
    ValueTask CompleteAsync(DeliveryKey key, DeliveryOutcome outcome, CancellationToken cancellationToken);

    /// <summary>Gives a claim up without an outcome (the delivery was interrupted), so that a redelivered event tries again.</summary>
    ValueTask AbandonAsync(DeliveryKey key, CancellationToken cancellationToken);

    /// <summary>Whether <paramref name="channel"/> opened an incident for the deployment that is not resolved yet.</summary>
    ValueTask<bool> IsIncidentOpenAsync(Guid deploymentId, string channel, CancellationToken cancellationToken);

    /// <summary>Records that <paramref name="channel"/> opened (true) or resolved (false) the deployment's incident.</summary>
    ValueTask SetIncidentOpenAsync(Guid deploymentId, string channel, bool open, CancellationToken cancellationToken);
}
