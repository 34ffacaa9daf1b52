using System.Text.Json.Nodes;

namespace Suite.Notification.Channels.Teams;

/// <summary>
/// A notification as a Microsoft Teams incoming-webhook message carrying one Adaptive Card (1.4):
/// the title coloured by severity, the text, the facts as a FactSet and a button to the deployment.
/// </summary>
internal static class TeamsCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public static JsonObject Create(DeploymentNotification n)
    {
        var facts = new JsonArray();
        foreach (var (name, value) in NotificationFacts.Of(n))
        {
            facts.Add(new JsonObject { ["title"] = name, ["value"] = value });
        }

        var card = new JsonObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = "1.4",
            ["body"] = new JsonArray(
                new JsonObject
                {
                    ["type"] = "TextBlock", ["text"] = n.Title, ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true, ["color"] = ColorOf(n.Severity),
                },
                new JsonObject { ["type"] = "TextBlock", ["text"] = n.Text, ["wrap"] = true },
                new JsonObject { ["type"] = "FactSet", ["facts"] = facts }),
        };
        if (n.Link is { Length: > 0 } link)
        {
            card["actions"] = new JsonArray(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = "Open deployment", ["url"] = link });
        }

        return new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = ContentType, ["contentUrl"] = null, ["content"] = card }),
        };
    }

    private static string ColorOf(string severity) => severity switch
    {
        NotificationSeverity.Critical => "Attention",
        NotificationSeverity.Warning => "Warning",
        _ => "Good",
    };
}
