using System.Globalization;

namespace Suite.Notification.Tests.Support;

/// <summary>
/// <c>Suite:Notification</c> as a test configures it: tiny back-off so that retries over real loopback
/// HTTP take milliseconds, and a circuit breaker that opens only in the tests that ask for it.
/// </summary>
internal sealed class NotificationSettings
{
    public const string WebhookSecret = "whsec-0123456789abcdef-test";
    public const string RoutingKey = "R0UT1NGK3Y0123456789abcdefabcdef";
    public const string LinkTemplate = "https://suite.example.com/deployments/{id}";

    private const string Root = "Suite:Notification:";
    private readonly Dictionary<string, string?> _values = new()
    {
        [Root + "DeploymentLinkTemplate"] = LinkTemplate,
        [Root + "Delivery:MaxRetryAttempts"] = "3",
        [Root + "Delivery:RetryBaseDelay"] = "00:00:00.010",
        [Root + "Delivery:MaxRetryDelay"] = "00:00:00.050",
        [Root + "Delivery:AttemptTimeout"] = "00:00:30",
        [Root + "Delivery:MaxDeliveryTime"] = "00:05:00",
        [Root + "Delivery:CircuitBreaker:MinimumThroughput"] = "1000",
    };

    private int _routes;

    public IReadOnlyDictionary<string, string?> Values => _values;

    public NotificationSettings Channel(string name, string type, string? url, string? routingKey = null, string? secret = null)
    {
        Set($"Channels:{name}:Type", type);
        Set($"Channels:{name}:Url", url);
        Set($"Channels:{name}:RoutingKey", routingKey);
        return Set($"Channels:{name}:Secret", secret);
    }

    public NotificationSettings Slack(string name, Uri url) => Channel(name, "Slack", url.ToString());

    public NotificationSettings Teams(string name, Uri url) => Channel(name, "Teams", url.ToString());

    public NotificationSettings PagerDuty(string name, Uri url) => Channel(name, "PagerDuty", url.ToString(), RoutingKey);

    public NotificationSettings Webhook(string name, Uri url) => Channel(name, "Webhook", url.ToString(), secret: WebhookSecret);

    /// <summary>A route; every list left out matches anything.</summary>
    public NotificationSettings Route(string[] channels, string[]? environments = null, string[]? applications = null, string[]? severities = null, string[]? kinds = null)
    {
        var route = $"Routes:{_routes++}";
        List(route + ":Channels", channels);
        List(route + ":Environments", environments);
        List(route + ":Applications", applications);
        List(route + ":Severities", severities);
        return List(route + ":Kinds", kinds);
    }

    /// <summary>Sends everything to each of <paramref name="channels"/>.</summary>
    public NotificationSettings Everything(params string[] channels) => Route(channels);

    public NotificationSettings Set(string key, string? value)
    {
        if (value is not null)
        {
            _values[Root + key] = value;
        }

        return this;
    }

    private NotificationSettings List(string key, string[]? values)
    {
        for (var i = 0; values is not null && i < values.Length; i++)
        {
            Set(string.Create(CultureInfo.InvariantCulture, $"{key}:{i}"), values[i]);
        }

        return this;
    }
}
