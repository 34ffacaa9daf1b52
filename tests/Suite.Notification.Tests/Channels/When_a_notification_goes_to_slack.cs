namespace Suite.Notification.Tests.Channels;

public sealed class When_a_notification_goes_to_slack
{
    [Fact]
    public async Task Should_post_one_attachment_coloured_by_severity_with_the_deployment_facts_as_fields()
    {
        await using var slack = await LoopbackReceiver.StartAsync();
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings().Slack("ops-slack", slack.Url).Everything("ops-slack"));
        var id = Guid.NewGuid();

        await host.DeliverAsync(Events.Accepted(id));
        await host.DeliverAsync(Events.RolledBack(id));

        var message = slack.Requests[1].Json;
        var attachment = Assert.Single(message["attachments"]!.AsArray())!;
        var link = $"https://suite.example.com/deployments/{id}";
        Assert.Equal("Critical: shop v2 rolled back in production", (string?)message["text"]);
        Assert.Equal("#A30200", (string?)attachment["color"]);
        Assert.Equal("shop v2 rolled back in production", (string?)attachment["title"]);
        Assert.Equal(link, (string?)attachment["title_link"]);
        Assert.Equal(
            [
                ("Application", "shop", true), ("Environment", "production", true), ("Version", "v2", true), ("Strategy", "Rolling", true),
                ("State", "Rolled back", true), ("Reason", "error rate 12% above the baseline's 0.5%", false), ("Deployment", $"<{link}|{id}>", false),
            ],
            attachment["fields"]!.AsArray().Select(f => ((string)f!["title"]!, (string)f["value"]!, (bool)f["short"]!)));
    }

    [Theory]
    [InlineData("accepted", "#2EB886")]
    [InlineData("paused", "#DAA038")]
    [InlineData("failed", "#A30200")]
    public async Task Should_colour_the_attachment_by_severity(string @event, string color)
    {
        await using var slack = await LoopbackReceiver.StartAsync();
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings().Slack("ops-slack", slack.Url).Everything("ops-slack"));
        var id = Guid.NewGuid();

        await host.DeliverAsync(@event switch
        {
            "accepted" => Events.Accepted(id),
            "paused" => Events.Paused(id),
            _ => Events.Failed(id),
        });

        var request = Assert.Single(slack.Requests);
        Assert.Equal(color, (string?)request.Json["attachments"]![0]!["color"]);
        Assert.Equal(("POST", "application/json; charset=utf-8"), (request.Method, request.Header("Content-Type")));
    }

    [Fact]
    public async Task Should_escape_what_slack_would_read_as_markup()
    {
        await using var slack = await LoopbackReceiver.StartAsync();
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings().Slack("ops-slack", slack.Url).Everything("ops-slack"));

        await host.DeliverAsync(Events.Failed(Guid.NewGuid()) with { Reason = "probe <readiness> failed & gave up" });

        var text = (string?)Assert.Single(slack.Requests).Json["attachments"]![0]!["text"];
        Assert.Equal("probe &lt;readiness&gt; failed &amp; gave up.", text);
    }

    [Fact]
    public async Task Should_show_the_strategy_the_event_names_whoever_saw_the_deployment_start()
    {
        await using var slack = await LoopbackReceiver.StartAsync();
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings().Slack("ops-slack", slack.Url).Everything("ops-slack"));

        await host.DeliverAsync(Events.Succeeded(Guid.NewGuid()) with { Strategy = "Canary" });

        var fields = Assert.Single(slack.Requests).Json["attachments"]![0]!["fields"]!.AsArray();
        Assert.Contains(("Strategy", "Canary"), fields.Select(f => ((string)f!["title"]!, (string)f["value"]!)));
    }
}
