using Suite.Notification.Channels;
using Suite.Notification.Composing;
using Suite.Notification.Delivery;
using Suite.Notification.Ledger;
using Suite.Notification.Routing;
using Suite.Notification.Secrets;

namespace Suite.Notification;

/// <summary>
/// Refuses, at start-up, every problem of <c>Suite:Notification</c> at once, each naming its key:
/// an unknown channel type, a missing or non-https URL, routing key or secret, an unset environment
/// variable, a route to an undefined channel, an unknown severity or kind, impossible delivery settings.
/// Never quotes a secret's value. Every wait is capped at <see cref="LongestWait"/>: a delivery holds its
/// event's slot on the queue while it runs, and a notification an hour late has missed its point.
/// </summary>
public sealed class NotificationOptionsValidator : IValidateOptions<NotificationOptions>
{
    private const int ShortestWebhookSecret = 16;
    private static readonly TimeSpan ShortestTimeout = TimeSpan.FromMilliseconds(10);
    public static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(10);
    private static readonly string[] Severities = [NotificationSeverity.Info, NotificationSeverity.Warning, NotificationSeverity.Critical];

    public ValidateOptionsResult Validate(string? name, NotificationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        const string root = NotificationOptions.Section;
        if (options.DeduplicationCapacity < 1)
        {
            failures.Add($"{root}:DeduplicationCapacity must be at least 1");
        }

        if (options.DeploymentLinkTemplate is { Length: > 0 } template
            && (!template.Contains("{id}", StringComparison.OrdinalIgnoreCase)
                || !IsHttpUrl(template.Replace("{id}", Guid.Empty.ToString(), StringComparison.OrdinalIgnoreCase), out _)))
        {
            failures.Add($"{root}:DeploymentLinkTemplate must be an absolute http(s) URL containing {{id}}, e.g. https://suite.example.com/deployments/{{id}}");
        }

        foreach (var (channelName, channel) in options.Channels)
        {
            ValidateChannel($"{root}:Channels:{channelName}", channelName, channel, failures);
        }

        for (var i = 0; i < options.Routes.Count; i++)
        {
            ValidateRoute($"{root}:Routes:{i}", options.Routes[i], options.Channels, failures);
        }

        ValidateDelivery($"{root}:Delivery", options.Delivery, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateChannel(string key, string name, ChannelOptions? channel, List<string> failures)
    {
        if (string.Equals(name, DeliveryKey.Bus, StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"{key}: the name '{DeliveryKey.Bus}' is reserved for the bus publication of DeploymentNotification; choose another");
        }

        if (channel is null || !ChannelKinds.TryParse(channel.Type, out var kind))
        {
            failures.Add($"{key}:Type is '{channel?.Type}'; expected one of {ChannelKinds.Names}");
            return;
        }

        var url = Secret($"{key}:Url", channel.Url, required: kind != ChannelKind.PagerDuty, failures);
        if (url is not null)
        {
            if (!IsHttpUrl(url, out var uri))
            {
                failures.Add($"{key}:Url is not an absolute http(s) URL");
            }
            else if (uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback)
            {
                failures.Add($"{key}:Url must use https (plain http is accepted for loopback addresses only)");
            }
        }

        if (kind == ChannelKind.PagerDuty)
        {
            Secret($"{key}:RoutingKey", channel.RoutingKey, required: true, failures);
        }

        if (kind == ChannelKind.Webhook
            && Secret($"{key}:Secret", channel.Secret, required: true, failures) is { Length: < ShortestWebhookSecret })
        {
            failures.Add($"{key}:Secret must be at least {ShortestWebhookSecret} characters");
        }

        if (channel.Timeout is { } timeout)
        {
            CheckTimeout($"{key}:Timeout", timeout, failures);
        }
    }

    /// <summary>The secret's resolved value; a problem is reported with the key and the variable's name, never the value.</summary>
    private static string? Secret(string key, string? configured, bool required, List<string> failures)
    {
        var value = SecretReference.Resolve(configured);
        if (value is not null)
        {
            return value;
        }

        if (SecretReference.VariableOf(configured) is { } variable)
        {
            failures.Add(variable.Length == 0
                ? $"{key} says '{SecretReference.EnvironmentPrefix}' but names no environment variable"
                : $"{key} refers to the environment variable {variable}, which is not set");
        }
        else if (required)
        {
            failures.Add($"{key} is required");
        }

        return null;
    }

    private static void ValidateRoute(string key, NotificationRouteOptions? route, Dictionary<string, ChannelOptions> channels, List<string> failures)
    {
        if (route is null)
        {
            return;
        }

        if (route.Channels.Count == 0)
        {
            failures.Add($"{key}:Channels is empty; a route must name at least one channel");
        }

        foreach (var channel in route.Channels.Where(c => !channels.ContainsKey(c.Trim())))
        {
            failures.Add($"{key}:Channels names '{channel}', which is not defined under {NotificationOptions.Section}:Channels");
        }

        foreach (var severity in route.Severities.Where(s => !Severities.Contains(s.Trim(), StringComparer.OrdinalIgnoreCase)))
        {
            failures.Add($"{key}:Severities has '{severity}'; expected {string.Join(", ", Severities)}");
        }

        foreach (var kind in route.Kinds.Where(k => !NotificationKinds.All.Contains(k.Trim(), StringComparer.OrdinalIgnoreCase)))
        {
            failures.Add($"{key}:Kinds has '{kind}'; expected one of {string.Join(", ", NotificationKinds.All)}");
        }

        if (route.Environments.Concat(route.Applications).Any(string.IsNullOrWhiteSpace))
        {
            failures.Add($"{key}: Environments and Applications must not hold blank names (leave a list empty to match any)");
        }
    }

    private static void ValidateDelivery(string key, DeliveryOptions delivery, List<string> failures)
    {
        if (delivery.MaxRetryAttempts is < 0 or > 100)
        {
            failures.Add($"{key}:MaxRetryAttempts must be between 0 and 100");
        }

        foreach (var (setting, value) in new[]
                 {
                     ("RetryBaseDelay", delivery.RetryBaseDelay), ("MaxRetryDelay", delivery.MaxRetryDelay), ("MaxRetryAfter", delivery.MaxRetryAfter),
                 })
        {
            if (value < TimeSpan.Zero || value > LongestWait)
            {
                failures.Add($"{key}:{setting} must be between 0 and 10 minutes");
            }
        }

        CheckTimeout($"{key}:AttemptTimeout", delivery.AttemptTimeout, failures);
        CheckTimeout($"{key}:MaxDeliveryTime", delivery.MaxDeliveryTime, failures);

        var breaker = delivery.CircuitBreaker;
        if (breaker.FailureRatio is <= 0 or > 1)
        {
            failures.Add($"{key}:CircuitBreaker:FailureRatio must be above 0 and at most 1");
        }

        if (breaker.MinimumThroughput < 2)
        {
            failures.Add($"{key}:CircuitBreaker:MinimumThroughput must be at least 2");
        }

        foreach (var (setting, value) in new[] { ("SamplingDuration", breaker.SamplingDuration), ("BreakDuration", breaker.BreakDuration) })
        {
            if (value < TimeSpan.FromMilliseconds(500) || value > TimeSpan.FromDays(1))
            {
                failures.Add($"{key}:CircuitBreaker:{setting} must be between 0.5 seconds and 1 day");
            }
        }
    }

    private static void CheckTimeout(string key, TimeSpan value, List<string> failures)
    {
        if (value < ShortestTimeout || value > LongestWait)
        {
            failures.Add($"{key} must be between 10 ms and 10 minutes");
        }
    }

    private static bool IsHttpUrl(string text, out Uri uri) =>
        Uri.TryCreate(text, UriKind.Absolute, out uri!) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
