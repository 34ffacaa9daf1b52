using System.Text.Json;
using System.Text.Json.Serialization;
using Suite.Notification.Delivery;
using Suite.Notification.Ledger;

namespace Suite.Notification.Channels.Webhook;

/// <summary>
/// Posts the notification as JSON to any receiver, signed with the shared secret and the wall clock's
/// time (re-signed on each attempt, so that a retry is not refused as a replay), with the event's kind
/// and a delivery id that stays the same for the same (deployment, event, channel).
/// </summary>
internal sealed class WebhookChannel(string name, ChannelEndpoint endpoint, string secret, DeliveryClock clock) : INotificationChannel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string Name => name;

    public ChannelKind Kind => ChannelKind.Webhook;

    public Task<DeliveryResult> SendAsync(DeploymentNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var body = JsonSerializer.SerializeToUtf8Bytes(notification, Json);
        var delivery = DeliveryKey.Of(notification, name).DeliveryId.ToString();
        return endpoint.PostAsync(notification.DeploymentId, request =>
        {
            request.Content = JsonBody.Of(body);
            request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secret, body, clock.Now));
            request.Headers.Add(WebhookSignature.EventHeader, notification.Kind);
            request.Headers.Add(WebhookSignature.DeliveryHeader, delivery);
        }, cancellationToken);
    }
}
