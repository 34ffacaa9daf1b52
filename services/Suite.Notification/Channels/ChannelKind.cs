namespace Suite.Notification.Channels;

/// <summary>The kinds of channel a notification can go to, as <c>Type</c> names them in configuration.</summary>
public enum ChannelKind
{
    Slack,
    Teams,
    PagerDuty,
    Webhook,
}
