using Suite.Contracts;

namespace Suite.Services.Tests.Notification;

public class When_lifecycle_events_are_told
{
    [Theory]
    [InlineData(nameof(DeploymentAccepted), NotificationSeverity.Info)]
    [InlineData(nameof(DeploymentRejected), NotificationSeverity.Warning)]
    [InlineData(nameof(DeploymentWaitingForWindow), NotificationSeverity.Warning)]
    [InlineData(nameof(DeploymentPaused), NotificationSeverity.Warning)]
    [InlineData(nameof(DeploymentResumed), NotificationSeverity.Info)]
    [InlineData(nameof(DeploymentSucceeded), NotificationSeverity.Info)]
    [InlineData(nameof(DeploymentFailed), NotificationSeverity.Critical)]
    [InlineData(nameof(DeploymentAborted), NotificationSeverity.Warning)]
    [InlineData(nameof(DeploymentRolledBack), NotificationSeverity.Critical)]
    public async Task Should_publish_exactly_one_notification_with_the_severity_it_deserves(string kind, string severity)
    {
        await using var host = await NotificationHost.Start();
        var deploymentId = Guid.NewGuid();

        await host.Deliver(LifecycleEvents.Create(kind, deploymentId));

        var notification = Assert.Single(host.Notifications());
        Assert.Equal((deploymentId, kind, severity), (notification.DeploymentId, notification.Kind, notification.Severity));
        Assert.Equal(("shop", "production", LifecycleEvents.At), (notification.Application, notification.Environment, notification.OccurredAt));
    }

    [Fact]
    public void Should_not_listen_to_completed_steps()
    {
        Assert.False(typeof(MassTransit.IConsumer<DeploymentStepCompleted>).IsAssignableFrom(typeof(Suite.Notification.LifecycleNotificationConsumer)));
    }
}
