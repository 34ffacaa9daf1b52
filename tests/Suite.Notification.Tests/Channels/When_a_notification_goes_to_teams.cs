namespace Suite.Notification.Tests.Channels;

public sealed class When_a_notification_goes_to_teams
{
    [Fact]
    public async Task Should_post_an_adaptive_card_with_the_facts_and_a_link_to_the_deployment()
    {
        await using var teams = await LoopbackReceiver.StartAsync();
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings().Teams("ops-teams", teams.Url).Everything("ops-teams"));
        var id = Guid.NewGuid();

        await host.DeliverAsync(Events.Accepted(id));
        await host.DeliverAsync(Events.RolledBack(id));

        var message = teams.Requests[1].Json;
        Assert.Equal("message", (string?)message["type"]);
        var attachment = Assert.Single(message["attachments"]!.AsArray())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        var card = attachment["content"]!;
        Assert.Equal(("AdaptiveCard", "1.4"), ((string?)card["type"], (string?)card["version"]));

        var body = card["body"]!.AsArray();
        Assert.Equal(("TextBlock", "shop v2 rolled back in production", "Attention"), ((string?)body[0]!["type"], (string?)body[0]!["text"], (string?)body[0]!["color"]));
        var facts = Assert.Single(body, b => (string?)b!["type"] == "FactSet")!["facts"]!.AsArray();
        Assert.Equal(
            [("Application", "shop"), ("Environment", "production"), ("Version", "v2"), ("Strategy", "Rolling"), ("State", "Rolled back"), ("Reason", "error rate 12% above the baseline's 0.5%")],
            facts.Select(f => ((string)f!["title"]!, (string)f["value"]!)));

        var open = Assert.Single(card["actions"]!.AsArray())!;
        Assert.Equal(("Action.OpenUrl", $"https://suite.example.com/deployments/{id}"), ((string?)open["type"], (string?)open["url"]));
    }
}
