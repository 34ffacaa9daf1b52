using Suite.Notification.Composing;

namespace Suite.Notification.Tests.Composing;

public sealed class When_a_rollback_begins
{
    [Fact]
    public void Should_be_critical_and_say_why_and_what_is_restored()
    {
        var n = NotificationComposer.Compose(Events.RollingBack(Guid.NewGuid()));

        Assert.Equal((NotificationSeverity.Critical, "DeploymentRollingBack", "Rolling back"), (n.Severity, n.Kind, n.State));
        Assert.Equal("shop v2 rolling back in production", n.Title);
        Assert.Equal("error rate 12% above the baseline's 0.5%. Restoring registry.example.com/shop:v1.", n.Text);
        Assert.Equal(("Rolling", "v2"), (n.Strategy, n.Version));
    }

    [Fact]
    public void Should_say_so_when_there_is_nothing_to_restore()
    {
        var n = NotificationComposer.Compose(Events.RollingBack(Guid.NewGuid()) with { PreviousImage = null, Reason = "" });

        Assert.Equal("No reason was given. There is no previous version to restore; the new version is being removed.", n.Text);
    }

    [Fact]
    public async Task Should_publish_it_to_subscribers_and_route_it_by_its_kind()
    {
        await using var slack = await LoopbackReceiver.StartAsync();
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings()
            .Slack("ops-slack", slack.Url).Route(["ops-slack"], kinds: ["DeploymentRollingBack"]));

        await host.DeliverAsync(Events.RollingBack(Guid.NewGuid()), Events.RolledBack(Guid.NewGuid()));

        Assert.Equal(["DeploymentRolledBack", "DeploymentRollingBack"], host.Published<DeploymentNotification>().Select(n => n.Kind).Order(StringComparer.Ordinal));
        Assert.Equal("shop v2 rolling back in production", (string?)Assert.Single(slack.Requests).Json["attachments"]![0]!["title"]);
    }
}
