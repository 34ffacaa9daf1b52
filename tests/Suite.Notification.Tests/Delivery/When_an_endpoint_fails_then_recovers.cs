using Microsoft.Extensions.DependencyInjection;

namespace Suite.Notification.Tests.Delivery;

public sealed class When_an_endpoint_fails_then_recovers
{
    [Fact]
    public async Task Should_retry_a_500_and_deliver_the_same_message()
    {
        await using var slack = await LoopbackReceiver.StartAsync(n => n == 1 ? new Reply(HttpStatusCode.InternalServerError) : Reply.Ok);
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings().Slack("ops-slack", slack.Url).Everything("ops-slack"));

        await host.DeliverAsync(Events.RolledBack(Guid.NewGuid()));

        Assert.Equal(2, slack.Requests.Count);
        Assert.Equal(slack.Requests[0].Text, slack.Requests[1].Text);
        Assert.Empty(host.Published<NotificationDeliveryFailed>());
    }

    [Fact]
    public async Task Should_retry_an_attempt_that_timed_out()
    {
        var never = new TaskCompletionSource().Task;
        await using var teams = await LoopbackReceiver.StartAsync(n => n == 1 ? new Reply(HttpStatusCode.OK, HoldUntil: never) : Reply.Ok);
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings()
            .Teams("ops-teams", teams.Url).Everything("ops-teams")
            .Set("Channels:ops-teams:Timeout", "00:00:00.200"));

        await host.DeliverAsync(Events.RolledBack(Guid.NewGuid()));

        Assert.Equal(2, teams.Requests.Count);
        Assert.Empty(host.Published<NotificationDeliveryFailed>());
    }

    [Fact]
    public async Task Should_re_sign_a_retried_webhook_so_that_it_is_not_taken_for_a_replay()
    {
        var clock = new WatchedClock();
        await using var receiver = await LoopbackReceiver.StartAsync(n => n == 1 ? new Reply(HttpStatusCode.ServiceUnavailable, RetryAfter: "420") : Reply.Ok);
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings()
            .Webhook("audit", receiver.Url).Everything("audit")
            .Set("Delivery:MaxRetryAfter", "00:10:00").Set("Delivery:MaxDeliveryTime", "00:10:00"), clock);

        await host.PublishAsync(Events.RolledBack(Guid.NewGuid()));
        await clock.WhenWaitingAsync(TimeSpan.FromMinutes(7));
        clock.Advance(TimeSpan.FromMinutes(7));
        await host.WhenHandledAsync(1);

        var retried = receiver.Requests[1];
        var signature = retried.Header(WebhookSignature.SignatureHeader);
        Assert.True(WebhookSignature.Verify(NotificationSettings.WebhookSecret, signature, retried.Body, clock.GetUtcNow(), TimeSpan.FromMinutes(5)));
        Assert.NotEqual(receiver.Requests[0].Header(WebhookSignature.SignatureHeader), signature);
    }

    [Fact]
    public async Task Should_time_out_an_attempt_on_the_wall_clock_when_the_host_clock_stands_still()
    {
        var never = new TaskCompletionSource().Task;
        await using var teams = await LoopbackReceiver.StartAsync(n => n == 1 ? new Reply(HttpStatusCode.OK, HoldUntil: never) : Reply.Ok);
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings()
                .Teams("ops-teams", teams.Url).Everything("ops-teams").Set("Channels:ops-teams:Timeout", "00:00:00.200"),
            configure: services => services.AddSingleton<TimeProvider>(new ManualTimeProvider()));

        await host.DeliverAsync(Events.RolledBack(Guid.NewGuid()));

        Assert.Equal(2, teams.Requests.Count);
        Assert.Empty(host.Published<NotificationDeliveryFailed>());
    }
}
