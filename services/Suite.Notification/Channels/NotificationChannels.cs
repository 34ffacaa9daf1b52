using Suite.Notification.Channels.PagerDuty;
using Suite.Notification.Channels.Slack;
using Suite.Notification.Channels.Teams;
using Suite.Notification.Channels.Webhook;
using Suite.Notification.Delivery;
using Suite.Notification.Ledger;
using Suite.Notification.Secrets;

namespace Suite.Notification.Channels;

/// <summary>
/// The configured channels by name, each with its own endpoint pipeline (and so its own circuit
/// breaker), built once from <c>Suite:Notification:Channels</c> after validation accepted it (at
/// start-up: see <see cref="NotificationStartup"/>).
/// </summary>
public sealed class NotificationChannels
{
    private readonly Dictionary<string, INotificationChannel> _channels = new(StringComparer.OrdinalIgnoreCase);

    public NotificationChannels(
        IOptions<NotificationOptions> options,
        IHttpClientFactory httpClientFactory,
        INotificationLedger ledger,
        DeliveryClaims claims,
        Redaction redaction,
        DeliveryClock clock,
        ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        var o = options.Value;
        var logger = loggerFactory.CreateLogger<NotificationChannels>();
        foreach (var (name, channel) in o.Channels)
        {
            ChannelKinds.TryParse(channel.Type, out var kind);
            var url = SecretReference.Resolve(channel.Url) ?? (kind == ChannelKind.PagerDuty ? PagerDutyEvent.DefaultUrl : "");
            var pipeline = DeliveryPipeline.Create(name, o.Delivery, channel.Timeout ?? o.Delivery.AttemptTimeout, clock, redaction, logger);
            var endpoint = new ChannelEndpoint(new Uri(url), pipeline, o.Delivery.MaxDeliveryTime, httpClientFactory, clock, redaction);
            _channels[name] = kind switch
            {
                ChannelKind.Slack => new SlackChannel(name, endpoint),
                ChannelKind.Teams => new TeamsChannel(name, endpoint),
                ChannelKind.PagerDuty => new PagerDutyChannel(name, endpoint, SecretReference.Resolve(channel.RoutingKey)!, ledger, claims),
                _ => new WebhookChannel(name, endpoint, SecretReference.Resolve(channel.Secret)!, clock),
            };
        }
    }

    public IReadOnlyCollection<INotificationChannel> All => _channels.Values;

    public INotificationChannel? Find(string name) => _channels.GetValueOrDefault(name);
}
