using Suite.Notification.Channels;
using Suite.Notification.Ledger;
using Suite.Notification.Routing;
using Suite.Notification.Secrets;

namespace Suite.Notification.Delivery;

/// <summary>
/// Sends a notification to the channels its routes name, all at once so that a slow or failing
/// channel delays no other, each (deployment, event, channel) once (<see cref="DeliveryClaims"/>). A
/// delivery that finally fails is published as <see cref="NotificationDeliveryFailed"/>. Nothing a
/// channel does makes this throw; the ledger failing, or another instance holding a delivery far too
/// long, does, so that the bus retries the event.
/// </summary>
public sealed partial class NotificationDispatcher(
    NotificationChannels channels,
    NotificationRouter router,
    DeliveryClaims claims,
    DeliveryMetrics metrics,
    Redaction redaction,
    TimeProvider timeProvider,
    ILogger<NotificationDispatcher> logger)
{
    public async Task DispatchAsync(DeploymentNotification notification, IPublishEndpoint publisher, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        ArgumentNullException.ThrowIfNull(publisher);
        var targets = await TargetsAsync(notification, cancellationToken);
        await Task.WhenAll(targets.Select(channel => DeliverAsync(channel, notification, publisher, cancellationToken)));
    }

    /// <summary>The routed channels, and any channel holding an open incident that this notification ends, so that it can resolve it.</summary>
    private async Task<List<INotificationChannel>> TargetsAsync(DeploymentNotification notification, CancellationToken cancellationToken)
    {
        var targets = router.ChannelsFor(notification).Select(channels.Find).OfType<INotificationChannel>().ToList();
        foreach (var channel in channels.All.Except(targets).OfType<IIncidentChannel>())
        {
            if (await channel.HoldsIncidentEndedByAsync(notification, cancellationToken))
            {
                targets.Add(channel);
            }
        }

        return targets;
    }

    private async Task DeliverAsync(INotificationChannel channel, DeploymentNotification notification, IPublishEndpoint publisher, CancellationToken cancellationToken)
    {
        var result = await claims.RunOnceAsync(DeliveryKey.Of(notification, channel.Name), ct => SendAsync(channel, notification, ct), cancellationToken);
        if (result is null)
        {
            LogDuplicate(notification.DeploymentId, notification.Kind, channel.Name);
            return;
        }

        metrics.Record(channel.Name, result.Outcome);
        switch (result.Outcome)
        {
            case DeliveryOutcome.Delivered:
                LogDelivered(notification.DeploymentId, notification.Kind, channel.Name, result.Attempts);
                break;
            case DeliveryOutcome.Skipped:
                LogSkipped(notification.DeploymentId, notification.Kind, channel.Name, result.Reason ?? "");
                break;
            default:
                await RecordFailureAsync(channel, notification, result, publisher);
                break;
        }
    }

    private async Task<DeliveryResult> SendAsync(INotificationChannel channel, DeploymentNotification notification, CancellationToken cancellationToken)
    {
        try
        {
            return await channel.SendAsync(notification, cancellationToken);
        }
        catch (Exception e) when (e is not (System.Data.Common.DbException or DeliveryStillClaimedException)
                                  && (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested))
        {
            // A channel's own fault must fail neither the lifecycle event nor the other channels; the ledger's
            // trouble (an incident channel uses it) is not the channel's, and the event is retried for it.
            return DeliveryResult.Failed(0, redaction.Redact($"{e.GetType().Name}: {e.Message}"));
        }
    }

    private async Task RecordFailureAsync(INotificationChannel channel, DeploymentNotification notification, DeliveryResult result, IPublishEndpoint publisher)
    {
        var reason = redaction.Redact(result.Reason);
        LogFailed(notification.DeploymentId, notification.Kind, channel.Name, result.Attempts, reason);
        try
        {
            await publisher.Publish(new NotificationDeliveryFailed
            {
                DeploymentId = notification.DeploymentId,
                Channel = channel.Name,
                EventKind = notification.Kind,
                Reason = reason,
                Attempts = result.Attempts,
                OccurredAt = timeProvider.GetUtcNow(),
            }, CancellationToken.None);
        }
        catch (Exception e)
        {
            // The failure is in the log already; the lifecycle event must not fault for want of its record.
            LogUnrecorded(notification.DeploymentId, channel.Name, redaction.Redact(e.Message));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deployment {DeploymentId} {Kind} delivered to channel {Channel} in {Attempts} attempt(s)")]
    private partial void LogDelivered(Guid deploymentId, string kind, string channel, int attempts);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Deployment {DeploymentId} {Kind} not sent to channel {Channel}: {Reason}")]
    private partial void LogSkipped(Guid deploymentId, string kind, string channel, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Deployment {DeploymentId} {Kind} was delivered again; channel {Channel} already has it")]
    private partial void LogDuplicate(Guid deploymentId, string kind, string channel);

    [LoggerMessage(Level = LogLevel.Error, Message = "Deployment {DeploymentId} {Kind} could not be delivered to channel {Channel} after {Attempts} attempt(s): {Reason}")]
    private partial void LogFailed(Guid deploymentId, string kind, string channel, int attempts, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Deployment {DeploymentId}: the failed delivery to channel {Channel} could not be published: {Reason}")]
    private partial void LogUnrecorded(Guid deploymentId, string channel, string reason);
}
