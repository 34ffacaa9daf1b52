using System.Text.Json.Nodes;

namespace Suite.Notification.Channels.PagerDuty;

/// <summary>
/// Events API v2 bodies. Every event of a deployment carries the deployment id as <c>dedup_key</c>,
/// so later triggers update the same incident and a resolve closes it.
/// </summary>
internal static class PagerDutyEvent
{
    public const string DefaultUrl = "https://events.pagerduty.com/v2/enqueue";

    // PagerDuty truncates a longer summary.
    private const int LongestSummary = 1024;

    public static JsonObject Trigger(DeploymentNotification n, string routingKey)
    {
        var details = new JsonObject { ["text"] = n.Text, ["deployment_id"] = n.DeploymentId.ToString() };
        foreach (var (name, value) in NotificationFacts.Of(n))
        {
            details[name.ToLowerInvariant().Replace(" ", "_", StringComparison.Ordinal)] = value;
        }

        var trigger = new JsonObject
        {
            ["routing_key"] = routingKey,
            ["event_action"] = "trigger",
            ["dedup_key"] = n.DeploymentId.ToString(),
            ["payload"] = new JsonObject
            {
                ["summary"] = n.Title.Length > LongestSummary ? n.Title[..LongestSummary] : n.Title,
                ["source"] = string.IsNullOrWhiteSpace(n.Environment) ? n.Application : $"{n.Application} ({n.Environment})",
                ["severity"] = "critical",
                ["timestamp"] = n.OccurredAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                ["component"] = n.Application,
                ["group"] = n.Environment,
                ["class"] = n.Kind,
                ["custom_details"] = details,
            },
            ["client"] = "Suite",
        };
        if (n.Link is { Length: > 0 } link)
        {
            trigger["client_url"] = link;
            trigger["links"] = new JsonArray(new JsonObject { ["href"] = link, ["text"] = "Deployment" });
        }

        return trigger;
    }

    /// <summary>Resolves the incident of <paramref name="deploymentId"/>: the deployment's own, or the one a successful retry ran again.</summary>
    public static JsonObject Resolve(Guid deploymentId, string routingKey) => new()
    {
        ["routing_key"] = routingKey,
        ["event_action"] = "resolve",
        ["dedup_key"] = deploymentId.ToString(),
    };
}
