using Suite.Notification.Composing;

namespace Suite.Notification.Tests.Composing;

public sealed class When_a_closed_window_is_overridden
{
    [Fact]
    public void Should_be_a_critical_notification_naming_the_approver_the_reason_and_the_closed_window()
    {
        var n = NotificationComposer.Compose(Events.Overridden(Guid.NewGuid()));

        Assert.Equal((NotificationSeverity.Critical, "ComplianceWindowOverridden"), (n.Severity, n.Kind));
        Assert.Equal("shop deployment let through a closed compliance window in production", n.Title);
        Assert.Equal("Emergency override approved by carol: security fix CVE-2026-0001. The window was closed: year-end change freeze.", n.Text);
        Assert.Equal(("Window overridden", "security fix CVE-2026-0001"), (n.State, n.Reason));
    }

    [Fact]
    public async Task Should_publish_it_to_subscribers_with_the_link_and_only_what_the_event_says()
    {
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings());
        var id = Guid.NewGuid();

        await host.DeliverAsync(Events.Accepted(id));
        await host.DeliverAsync(Events.Overridden(id));

        var n = Assert.Single(host.Published<DeploymentNotification>(), x => x.Kind == "ComplianceWindowOverridden");
        Assert.Equal(NotificationSeverity.Critical, n.Severity);
        Assert.Equal($"https://suite.example.com/deployments/{id}", n.Link);

        // Not remembered from the start: another instance may have seen it, and the same event must read the same everywhere.
        Assert.Equal((null, null, null), (n.Strategy, n.Image, n.Version));
    }
}
