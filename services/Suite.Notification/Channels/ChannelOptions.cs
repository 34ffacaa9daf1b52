namespace Suite.Notification.Channels;

/// <summary>
/// One channel, bound from <c>Suite:Notification:Channels:&lt;name&gt;</c>. <see cref="Url"/>,
/// <see cref="RoutingKey"/> and <see cref="Secret"/> are secrets: give each literally or as
/// <c>env:NAME</c> to read the environment variable NAME; either way it is never logged.
/// </summary>
public sealed class ChannelOptions
{
    /// <summary><c>Slack</c> | <c>Teams</c> | <c>PagerDuty</c> | <c>Webhook</c>.</summary>
    public string? Type { get; set; }

    /// <summary>The incoming webhook (Slack, Teams), the receiver (Webhook), or the Events API (PagerDuty; defaults to PagerDuty's).</summary>
    public string? Url { get; set; }

    /// <summary>PagerDuty's integration (routing) key.</summary>
    public string? RoutingKey { get; set; }

    /// <summary>The webhook's shared HMAC secret, at least 16 characters.</summary>
    public string? Secret { get; set; }

    /// <summary>How long one HTTP attempt may take; <c>Suite:Notification:Delivery:AttemptTimeout</c> when not given.</summary>
    public TimeSpan? Timeout { get; set; }
}
