using Suite.Contracts;

namespace Suite.Services.Tests.Notification;

public class When_a_lifecycle_event_is_delivered_again
{
    [Fact]
    public async Task Should_still_publish_one_notification()
    {
        await using var host = await NotificationHost.Start();
        var rolledBack = LifecycleEvents.Create(nameof(DeploymentRolledBack), Guid.NewGuid());

        await host.Deliver(rolledBack, rolledBack);
        await host.Deliver(rolledBack);

        Assert.Single(host.Notifications());
    }

    [Fact]
    public async Task Should_tell_a_second_pause_of_the_same_deployment_that_happened_later()
    {
        await using var host = await NotificationHost.Start();
        var paused = (DeploymentPaused)LifecycleEvents.Create(nameof(DeploymentPaused), Guid.NewGuid());

        await host.Deliver(paused, paused with { OccurredAt = paused.OccurredAt.AddMinutes(20) });

        Assert.Equal(2, host.Notifications().Count);
    }

    [Fact]
    public async Task Should_tell_each_deployment_apart()
    {
        await using var host = await NotificationHost.Start();

        await host.Deliver(
            LifecycleEvents.Create(nameof(DeploymentSucceeded), Guid.NewGuid()),
            LifecycleEvents.Create(nameof(DeploymentSucceeded), Guid.NewGuid()));

        Assert.Equal(2, host.Notifications().Select(n => n.DeploymentId).Distinct().Count());
    }
}
