using System.Globalization;

namespace Suite.Notification.Tests.Delivery;

public sealed class When_an_endpoint_asks_to_retry_later
{
    [Fact]
    public async Task Should_wait_the_seconds_a_429_retry_after_gives_then_deliver()
    {
        var clock = new WatchedClock();
        await using var slack = await LoopbackReceiver.StartAsync(n => n == 1 ? new Reply(HttpStatusCode.TooManyRequests, "rate_limited", RetryAfter: "120") : Reply.Ok);
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings()
            .Slack("ops-slack", slack.Url).Everything("ops-slack").Set("Delivery:MaxRetryAfter", "00:05:00"), clock);

        await host.PublishAsync(Events.RolledBack(Guid.NewGuid()));
        await clock.WhenWaitingAsync(TimeSpan.FromSeconds(120));
        Assert.Single(slack.Requests);
        clock.Advance(TimeSpan.FromSeconds(120));
        await host.WhenHandledAsync(1);

        Assert.Equal(2, slack.Requests.Count);
        Assert.Empty(host.Published<NotificationDeliveryFailed>());
    }

    [Fact]
    public async Task Should_wait_until_the_date_a_retry_after_gives()
    {
        var clock = new WatchedClock();
        var retryAt = clock.GetUtcNow().AddSeconds(90).ToString("R", CultureInfo.InvariantCulture);
        await using var pagerDuty = await LoopbackReceiver.StartAsync(n => n == 1 ? new Reply(HttpStatusCode.TooManyRequests, RetryAfter: retryAt) : new Reply(HttpStatusCode.Accepted), "/v2/enqueue");
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings()
            .PagerDuty("oncall", pagerDuty.Url).Everything("oncall").Set("Delivery:MaxRetryAfter", "00:05:00"), clock);

        await host.PublishAsync(Events.Failed(Guid.NewGuid()));
        await clock.WhenWaitingAsync(TimeSpan.FromSeconds(90));
        clock.Advance(TimeSpan.FromSeconds(90));
        await host.WhenHandledAsync(1);

        Assert.Equal(2, pagerDuty.Requests.Count);
        Assert.Empty(host.Published<NotificationDeliveryFailed>());
    }

    [Fact]
    public async Task Should_believe_a_retry_after_only_up_to_its_bound()
    {
        var clock = new WatchedClock();
        await using var slack = await LoopbackReceiver.StartAsync(n => n == 1 ? new Reply(HttpStatusCode.TooManyRequests, RetryAfter: "86400") : Reply.Ok);
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings()
            .Slack("ops-slack", slack.Url).Everything("ops-slack").Set("Delivery:MaxRetryAfter", "00:01:00"), clock);

        await host.PublishAsync(Events.RolledBack(Guid.NewGuid()));
        await clock.WhenWaitingAsync(TimeSpan.FromMinutes(1));
        clock.Advance(TimeSpan.FromMinutes(1));
        await host.WhenHandledAsync(1);

        Assert.Equal(2, slack.Requests.Count);
    }
}
