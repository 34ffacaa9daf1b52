namespace Suite.Notification.Tests.Delivery;

public sealed class When_a_channel_hangs
{
    [Fact]
    public async Task Should_deliver_to_the_other_channels_before_the_hanging_one_gives_up()
    {
        var release = new TaskCompletionSource();
        await using var stuck = await LoopbackReceiver.StartAsync(_ => new Reply(HttpStatusCode.InternalServerError, HoldUntil: release.Task));
        await using var slack = await LoopbackReceiver.StartAsync();
        await using var teams = await LoopbackReceiver.StartAsync();
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings()
            .Webhook("stuck", stuck.Url).Slack("ops-slack", slack.Url).Teams("ops-teams", teams.Url)
            .Everything("stuck", "ops-slack", "ops-teams")
            .Set("Delivery:MaxRetryAttempts", "1"));
        var id = Guid.NewGuid();

        await host.PublishAsync(Events.RolledBack(id));
        await stuck.WaitForRequestAsync(1);
        await slack.WaitForRequestAsync(1);
        await teams.WaitForRequestAsync(1);

        Assert.Empty(host.Published<NotificationDeliveryFailed>());
        Assert.Single(host.Published<DeploymentNotification>());

        release.SetResult();
        var failed = await host.WaitForPublishedAsync<NotificationDeliveryFailed>();
        Assert.Equal(("stuck", 2), (failed.Channel, failed.Attempts));
        Assert.Empty(host.Faults());
    }
}
