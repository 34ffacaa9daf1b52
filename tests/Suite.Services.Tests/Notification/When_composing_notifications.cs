using Suite.Contracts;
using Suite.Notification.Composing;

namespace Suite.Services.Tests.Notification;

public class When_composing_notifications
{
    private static readonly Guid Id = Guid.NewGuid();

    [Fact]
    public void Should_title_a_rollback_with_the_application_version_and_environment()
    {
        var n = NotificationComposer.Compose((DeploymentRolledBack)LifecycleEvents.Create(nameof(DeploymentRolledBack), Id));

        Assert.Equal("shop v2 rolled back in production", n.Title);
        Assert.Equal("error rate 12% above the baseline's 0.5%. registry.example.com/shop:v1 serves all traffic again.", n.Text);
    }

    [Fact]
    public void Should_list_every_reason_a_request_was_rejected()
    {
        var n = NotificationComposer.Compose((DeploymentRejected)LifecycleEvents.Create(nameof(DeploymentRejected), Id));

        Assert.Equal("shop deployment rejected in production", n.Title);
        Assert.Contains("- image is required", n.Text, StringComparison.Ordinal);
        Assert.Contains("- replicas must be at least 1", n.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_say_when_a_closed_window_reopens()
    {
        var n = NotificationComposer.Compose((DeploymentWaitingForWindow)LifecycleEvents.Create(nameof(DeploymentWaitingForWindow), Id));

        Assert.Equal("year-end change freeze. The window reopens at 2027-01-04 06:00 UTC.", n.Text);
    }

    [Fact]
    public void Should_say_who_paused_and_why()
    {
        var n = NotificationComposer.Compose((DeploymentPaused)LifecycleEvents.Create(nameof(DeploymentPaused), Id));

        Assert.Equal("Paused by bob: checking dashboards.", n.Text);
    }

    [Fact]
    public void Should_say_who_aborted_a_deployment_and_why()
    {
        var n = NotificationComposer.Compose((DeploymentAborted)LifecycleEvents.Create(nameof(DeploymentAborted), Id));

        Assert.Equal("shop v2 aborted in production", n.Title);
        Assert.Equal("Aborted by carol: wrong image tag. The cluster was not changed.", n.Text);
        Assert.Equal(NotificationSeverity.Warning, n.Severity);
    }

    [Fact]
    public void Should_say_when_an_abort_gave_no_reason()
    {
        var aborted = (DeploymentAborted)LifecycleEvents.Create(nameof(DeploymentAborted), Id) with { Reason = "", RequestedBy = "" };

        Assert.Equal("Aborted by an unnamed requester. The cluster was not changed.", NotificationComposer.Compose(aborted).Text);
    }

    [Fact]
    public void Should_say_how_long_a_successful_deployment_took()
    {
        var n = NotificationComposer.Compose((DeploymentSucceeded)LifecycleEvents.Create(nameof(DeploymentSucceeded), Id));

        Assert.Equal("shop v2 deployed in production", n.Title);
        Assert.Equal("registry.example.com/shop:v2 serves all traffic; the deployment took 4m 30s.", n.Text);
    }

    [Fact]
    public void Should_name_a_version_by_its_tag_or_a_short_digest()
    {
        var tagged = new DeploymentFailed { Application = "shop", Image = "registry:5000/shop:2.1.0", Reason = "timed out" };
        var pinned = tagged with { Image = "shop@sha256:0123456789abcdef0123456789abcdef" };
        var untagged = tagged with { Image = "registry:5000/shop", Environment = "" };

        Assert.Equal("shop 2.1.0 failed", NotificationComposer.Compose(tagged).Title);
        Assert.Equal("shop sha256:0123456789ab failed", NotificationComposer.Compose(pinned).Title);
        Assert.Equal("shop latest failed", NotificationComposer.Compose(untagged).Title);
        Assert.Equal("timed out.", NotificationComposer.Compose(tagged).Text);
    }
}
