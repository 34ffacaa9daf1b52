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

    [Fact]
    public async Task Should_give_up_at_once_naming_the_answer_when_retry_after_is_past_the_time_left()
    {
        var clock = new WatchedClock();
        await using var slack = await LoopbackReceiver.StartAsync(_ => new Reply(HttpStatusCode.TooManyRequests, "rate_limited", RetryAfter: "600"));
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings()
            .Slack("ops-slack", slack.Url).Everything("ops-slack").Set("Delivery:MaxRetryAfter", "00:10:00").Set("Delivery:MaxDeliveryTime", "00:05:00"), clock);

        await host.DeliverAsync(Events.RolledBack(Guid.NewGuid()));

        Assert.Single(slack.Requests);
        var failed = Assert.Single(host.Published<NotificationDeliveryFailed>());
        Assert.Equal("429 Too Many Requests: rate_limited (asked to retry after 600 s, later than this delivery's 300 s allow)", failed.Reason);
    }

    [Fact]
    public async Task Should_name_the_last_answer_when_the_delivery_time_runs_out_while_it_waits()
    {
        var clock = new WatchedClock();
        var never = new TaskCompletionSource().Task;
        await using var webhook = await LoopbackReceiver.StartAsync(
            n => n == 1 ? new Reply(HttpStatusCode.ServiceUnavailable, RetryAfter: "60") : new Reply(HttpStatusCode.OK, HoldUntil: never));
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings()
            .Webhook("audit", webhook.Url).Everything("audit")
            .Set("Channels:audit:Timeout", "00:05:00").Set("Delivery:MaxDeliveryTime", "00:01:30"), clock);

        await host.PublishAsync(Events.RolledBack(Guid.NewGuid()));
        await clock.WhenWaitingAsync(TimeSpan.FromSeconds(60));
        clock.Advance(TimeSpan.FromSeconds(60));
        await webhook.WaitForRequestAsync(2);
        clock.Advance(TimeSpan.FromSeconds(30));

        var failed = await host.WaitForPublishedAsync<NotificationDeliveryFailed>();
        Assert.Equal(("not delivered within 90 s; the last answer was 503 Service Unavailable", 2), (failed.Reason, failed.Attempts));
    }
}
