using Suite.Notification.Composing;
using Suite.Notification.Delivery;
using Suite.Notification.Ledger;

namespace Suite.Notification.Channels.PagerDuty;

/// <summary>
/// Pages through the PagerDuty Events API v2: a Critical notification triggers (or updates) the
/// deployment's incident; the deployment's good end (success, rollback, abort) resolves the incident
/// this channel opened. Anything else is not a page and is skipped. The ledger remembers open incidents.
/// </summary>
internal sealed class PagerDutyChannel(string name, ChannelEndpoint endpoint, string routingKey, INotificationLedger ledger) : INotificationChannel
{
    public string Name => name;

    public ChannelKind Kind => ChannelKind.PagerDuty;

    public async Task<DeliveryResult> SendAsync(DeploymentNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var id = notification.DeploymentId;
        if (NotificationKinds.EndsWell(notification.Kind) && await ledger.IsIncidentOpenAsync(id, name, cancellationToken))
        {
            var resolved = await PostAsync(notification, PagerDutyEvent.Resolve(notification, routingKey), cancellationToken);
            if (resolved.Outcome == DeliveryOutcome.Delivered)
            {
                await ledger.SetIncidentOpenAsync(id, name, open: false, cancellationToken);
            }

            return resolved;
        }

        if (notification.Severity != NotificationSeverity.Critical)
        {
            return DeliveryResult.Skipped("PagerDuty is paged for Critical notifications only");
        }

        var triggered = await PostAsync(notification, PagerDutyEvent.Trigger(notification, routingKey), cancellationToken);
        if (triggered.Outcome == DeliveryOutcome.Delivered)
        {
            await ledger.SetIncidentOpenAsync(id, name, open: true, cancellationToken);
        }

        return triggered;
    }

    private Task<DeliveryResult> PostAsync(DeploymentNotification notification, System.Text.Json.Nodes.JsonObject body, CancellationToken cancellationToken) =>
        endpoint.PostAsync(notification.DeploymentId, request => request.Content = JsonBody.Of(body), cancellationToken);
}
