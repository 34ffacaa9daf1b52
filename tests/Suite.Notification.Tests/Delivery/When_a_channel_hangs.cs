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

    [Fact]
    public async Task Should_tell_subscribers_of_every_event_while_a_hanging_channel_holds_every_delivery_slot()
    {
        var release = new TaskCompletionSource();
        await using var stuck = await LoopbackReceiver.StartAsync(_ => new Reply(HttpStatusCode.OK, HoldUntil: release.Task));
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings().Webhook("stuck", stuck.Url).Everything("stuck"));
        var events = Enumerable.Range(0, NotificationQueues.DeliveryConcurrency + 8).Select(_ => Events.RolledBack(Guid.NewGuid())).ToList();

        foreach (var e in events)
        {
            await host.PublishAsync(e);
        }

        await stuck.WaitForRequestAsync(NotificationQueues.DeliveryConcurrency);
        await host.WaitForPublishedAsync<DeploymentNotification>(_ => host.Published<DeploymentNotification>().Count == events.Count);
        Assert.Equal(NotificationQueues.DeliveryConcurrency, stuck.Requests.Count);

        release.SetResult();
        await host.WhenHandledAsync(events.Count);
        Assert.Equal(events.Count, stuck.Requests.Count);
    }

    [Fact]
    public async Task Should_deliver_to_the_channels_when_the_bus_notification_cannot_be_published()
    {
        await using var slack = await LoopbackReceiver.StartAsync();
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings().Slack("ops-slack", slack.Url).Everything("ops-slack"));
        var refusing = new RefusingPublisher<DeploymentNotification>();
        using var broken = host.Harness.Bus.ConnectPublishObserver(refusing);

        await host.PublishAsync(Events.RolledBack(Guid.NewGuid()));

        await slack.WaitForRequestAsync(1);
        Assert.True(refusing.Refused > 0);
    }

    /// <summary>Makes every publication of <typeparamref name="TRefused"/> fail, as a broker that went away would.</summary>
    private sealed class RefusingPublisher<TRefused> : MassTransit.IPublishObserver
        where TRefused : class
    {
        private int _refused;

        public int Refused => Volatile.Read(ref _refused);

        public Task PrePublish<T>(MassTransit.PublishContext<T> context)
            where T : class
        {
            if (typeof(T) != typeof(TRefused))
            {
                return Task.CompletedTask;
            }

            Interlocked.Increment(ref _refused);
            throw new InvalidOperationException("the broker is unreachable");
        }

        public Task PostPublish<T>(MassTransit.PublishContext<T> context)
            where T : class => Task.CompletedTask;

        public Task PublishFault<T>(MassTransit.PublishContext<T> context, Exception exception)
            where T : class => Task.CompletedTask;
    }
}
