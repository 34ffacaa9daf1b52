using System.Text.Json.Nodes;

namespace Suite.Notification.Channels.Slack;

/// <summary>
/// A notification as a Slack incoming-webhook message: a top-level <c>text</c> for the
/// notification banner and one attachment coloured by severity, with the facts as fields.
/// </summary>
internal static class SlackMessage
{
    public const string CriticalColor = "#A30200";
    public const string WarningColor = "#DAA038";
    public const string InfoColor = "#2EB886";

    public static JsonObject Create(DeploymentNotification n)
    {
        var fields = new JsonArray();
        foreach (var (name, value) in NotificationFacts.Of(n))
        {
            fields.Add(Field(name, Escape(value), name != "Reason"));
        }

        if (n.Link is { Length: > 0 } link)
        {
            fields.Add(Field("Deployment", $"<{link}|{n.DeploymentId}>", false));
        }

        var attachment = new JsonObject
        {
            ["color"] = ColorOf(n.Severity),
            ["fallback"] = $"{n.Severity}: {n.Title}",
            ["title"] = Escape(n.Title),
            ["text"] = Escape(n.Text),
            ["fields"] = fields,
            ["footer"] = $"Suite · {n.Kind}",
            ["ts"] = n.OccurredAt.ToUnixTimeSeconds(),
        };
        if (n.Link is { Length: > 0 })
        {
            attachment["title_link"] = n.Link;
        }

        return new JsonObject
        {
            ["text"] = Escape($"{n.Severity}: {n.Title}"),
            ["attachments"] = new JsonArray(attachment),
        };
    }

    public static string ColorOf(string severity) => severity switch
    {
        NotificationSeverity.Critical => CriticalColor,
        NotificationSeverity.Warning => WarningColor,
        _ => InfoColor,
    };

    private static JsonObject Field(string title, string value, bool @short) =>
        new() { ["title"] = title, ["value"] = value, ["short"] = @short };

    // Slack reads &, < and > as markup in message text.
    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
