using Suite.Notification.Ledger;

namespace Suite.Notification.Tests.Delivery;

public sealed class When_an_event_is_delivered_again
{
    [Fact]
    public async Task Should_call_each_channel_once_when_the_bus_redelivers_the_same_message()
    {
        await using var slack = await LoopbackReceiver.StartAsync();
        await using var pagerDuty = await LoopbackReceiver.StartAsync(_ => new Reply(HttpStatusCode.Accepted), "/v2/enqueue");
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings()
            .Slack("ops-slack", slack.Url).PagerDuty("oncall", pagerDuty.Url).Everything("ops-slack", "oncall"));
        var failed = Events.Failed(Guid.NewGuid());
        var messageId = Guid.NewGuid();

        await host.PublishAsync(failed, messageId);
        await host.PublishAsync(failed, messageId);
        await host.WhenHandledAsync(2);

        Assert.Single(slack.Requests);
        Assert.Single(pagerDuty.Requests);
        Assert.Single(host.Published<DeploymentNotification>());
    }

    [Fact]
    public async Task Should_call_each_channel_once_when_the_same_event_is_published_again_as_a_new_message()
    {
        await using var slack = await LoopbackReceiver.StartAsync();
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings().Slack("ops-slack", slack.Url).Everything("ops-slack"));
        var rolledBack = Events.RolledBack(Guid.NewGuid());

        await host.PublishAsync(rolledBack, Guid.NewGuid());
        await host.PublishAsync(rolledBack, Guid.NewGuid());
        await host.WhenHandledAsync(2);
        await host.DeliverAsync(rolledBack);

        Assert.Single(slack.Requests);
        Assert.Single(host.Published<DeploymentNotification>());
    }

    [Fact]
    public async Task Should_tell_a_later_event_of_the_same_kind_again()
    {
        await using var slack = await LoopbackReceiver.StartAsync();
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings().Slack("ops-slack", slack.Url).Everything("ops-slack"));
        var paused = Events.Paused(Guid.NewGuid());

        await host.DeliverAsync(paused, paused with { OccurredAt = paused.OccurredAt.AddMinutes(20) });

        Assert.Equal(2, slack.Requests.Count);
    }

    [Fact]
    public async Task Should_not_try_a_finally_failed_delivery_again()
    {
        await using var slack = await LoopbackReceiver.StartAsync(_ => new Reply(HttpStatusCode.InternalServerError));
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings()
            .Slack("ops-slack", slack.Url).Everything("ops-slack").Set("Delivery:MaxRetryAttempts", "1"));
        var rolledBack = Events.RolledBack(Guid.NewGuid());

        await host.DeliverAsync(rolledBack);
        await host.DeliverAsync(rolledBack);

        Assert.Equal(2, slack.Requests.Count);
        Assert.Single(host.Published<NotificationDeliveryFailed>());
    }

    [Fact]
    public void Should_name_each_delivery_with_an_id_that_is_the_same_every_time()
    {
        var id = Guid.NewGuid();
        var key = new DeliveryKey(id, "DeploymentFailed", Events.At, "audit");

        Assert.Equal(key.DeliveryId, (key with { Channel = "AUDIT" }).DeliveryId);
        Assert.Equal(key.DeliveryId, new DeliveryKey(id, "DeploymentFailed", Events.At.ToOffset(TimeSpan.FromHours(2)), "audit").DeliveryId);
        Assert.NotEqual(key.DeliveryId, (key with { Channel = "ops-slack" }).DeliveryId);
        Assert.NotEqual(key.DeliveryId, (key with { OccurredAt = Events.At.AddSeconds(1) }).DeliveryId);
    }
}
