namespace Suite.Notification.Channels;

/// <summary>
/// A channel that opens incidents (PagerDuty). It must hear of a deployment's good end even when no
/// route sends that event to it, so that it can resolve the incident it opened.
/// </summary>
public interface IIncidentChannel : INotificationChannel
{
    /// <summary>Records that <paramref name="notification"/> ends the incidents it ends, and says whether this channel holds one of them open.</summary>
    ValueTask<bool> HoldsIncidentEndedByAsync(DeploymentNotification notification, CancellationToken cancellationToken);
}
