using Suite.Notification.Composing;
using Suite.Notification.Delivery;
using Suite.Notification.Ledger;

namespace Suite.Notification.Channels.PagerDuty;

/// <summary>
/// Pages through the PagerDuty Events API v2. A Critical notification triggers (or adds to) the
/// deployment's incident. A good end resolves what this channel opened: a success the deployment's
/// incident and, for a retry, those of the deployments it ran again (the whole chain of retries); a clean
/// rollback first adds its own trigger, so
/// that the incident's timeline shows it, then resolves; an abort resolves. A resolve waits for the
/// triggers of that incident still on their way, wherever they are sent from, so that it comes last;
/// and a trigger that arrives after its deployment already ended well is resolved after it.
/// </summary>
internal sealed class PagerDutyChannel(string name, ChannelEndpoint endpoint, string routingKey, INotificationLedger ledger, DeliveryClaims claims)
    : IIncidentChannel
{
    // Far more retries of one deployment than anyone makes; it also stops a cycle in bad data.
    private const int LongestRetryChain = 20;

    public string Name => name;

    public ChannelKind Kind => ChannelKind.PagerDuty;

    public async ValueTask<bool> HoldsIncidentEndedByAsync(DeploymentNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var holds = false;
        foreach (var incident in await IncidentsEndedByAsync(notification, cancellationToken))
        {
            holds |= await ledger.EndIncidentAsync(incident, name, notification.OccurredAt, cancellationToken);
        }

        return holds;
    }

    public async Task<DeliveryResult> SendAsync(DeploymentNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var sent = new List<DeliveryResult>();
        var ended = await IncidentsEndedByAsync(notification, cancellationToken);
        if (notification.Severity == NotificationSeverity.Critical)
        {
            // Recorded before the trigger goes out, so that an end consumed meanwhile, here or elsewhere, waits for it.
            var endedAt = await ledger.OpenIncidentAsync(notification.DeploymentId, name, cancellationToken);
            var triggered = await PostAsync(notification.DeploymentId, PagerDutyEvent.Trigger(notification, routingKey), cancellationToken);
            sent.Add(triggered);
            if (triggered.Outcome == DeliveryOutcome.Delivered && endedAt >= notification.OccurredAt && !ended.Contains(notification.DeploymentId))
            {
                sent.Add(await ResolveAsync(notification.DeploymentId, notification, cancellationToken));
            }
        }

        foreach (var incident in ended)
        {
            if (await ledger.EndIncidentAsync(incident, name, notification.OccurredAt, cancellationToken))
            {
                sent.Add(await ResolveAsync(incident, notification, cancellationToken));
            }
        }

        if (sent.Count == 0)
        {
            return DeliveryResult.Skipped(notification.Severity == NotificationSeverity.Critical
                ? "nothing to page"
                : "PagerDuty is paged for Critical notifications only, and no incident this ends is open");
        }

        var attempts = sent.Sum(r => r.Attempts);
        return sent.FirstOrDefault(r => r.Outcome == DeliveryOutcome.Failed) is { } failed
            ? DeliveryResult.Failed(attempts, failed.Reason ?? "")
            : DeliveryResult.Delivered(attempts);
    }

    /// <summary>
    /// The incidents a good end closes: the deployment's own, and for a successful retry those of the deployment it
    /// retried and of every one before it in the chain (the ledger knows each retry from its start).
    /// </summary>
    private async Task<List<Guid>> IncidentsEndedByAsync(DeploymentNotification n, CancellationToken cancellationToken)
    {
        if (!NotificationKinds.EndsWell(n.Kind))
        {
            return [];
        }

        var ended = new List<Guid> { n.DeploymentId };
        var retried = n.Kind == nameof(DeploymentSucceeded) ? n.RetryOf : null;
        while (retried is { } id && !ended.Contains(id) && ended.Count <= LongestRetryChain)
        {
            ended.Add(id);
            retried = await ledger.RetryOfAsync(id, cancellationToken);
        }

        return ended;
    }

    private async Task<DeliveryResult> ResolveAsync(Guid incident, DeploymentNotification notification, CancellationToken cancellationToken)
    {
        // Gives up waiting only after any trigger had its full delivery time: then resolving is better than leaving it open.
        await claims.WaitWhileInFlightAsync(incident, name, NotificationKinds.Critical, DeliveryKey.Of(notification, name), cancellationToken);
        var resolved = await PostAsync(incident, PagerDutyEvent.Resolve(incident, routingKey), cancellationToken);
        if (resolved.Outcome != DeliveryOutcome.Delivered)
        {
            return resolved with { Reason = $"resolving the incident of deployment {incident}: {resolved.Reason}" };
        }

        await ledger.CloseIncidentAsync(incident, name, cancellationToken);
        return resolved;
    }

    private Task<DeliveryResult> PostAsync(Guid deploymentId, System.Text.Json.Nodes.JsonObject body, CancellationToken cancellationToken) =>
        endpoint.PostAsync(deploymentId, request => request.Content = JsonBody.Of(body), cancellationToken);
}
