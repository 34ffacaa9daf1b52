using MassTransit;
using Microsoft.Extensions.DependencyInjection;
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

    [Fact]
    public async Task Should_make_a_delivery_that_an_instance_which_died_had_claimed_once_its_lease_ran_out()
    {
        var clock = new WatchedClock();
        await using var slack = await LoopbackReceiver.StartAsync();
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings().Slack("ops-slack", slack.Url).Everything("ops-slack"), clock);
        var rolledBack = Events.RolledBack(Guid.NewGuid());
        var ledger = host.Services.GetRequiredService<INotificationLedger>();
        Assert.Equal(ClaimStatus.Claimed, (await ledger.TryClaimAsync(new DeliveryKey(rolledBack.DeploymentId, "DeploymentRolledBack", Events.At, "ops-slack"), default)).Status);

        await host.PublishAsync(rolledBack);
        await clock.WhenWaitingAsync(DeliveryClaims.PollInterval);
        Assert.Empty(slack.Requests);
        clock.Advance(ClaimLease.Duration);
        await host.WhenHandledAsync(1);

        Assert.Single(slack.Requests);
    }

    [Fact]
    public async Task Should_not_make_a_delivery_that_another_instance_finished_while_it_waited()
    {
        var clock = new WatchedClock();
        await using var slack = await LoopbackReceiver.StartAsync();
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings().Slack("ops-slack", slack.Url).Everything("ops-slack"), clock);
        var rolledBack = Events.RolledBack(Guid.NewGuid());
        var ledger = host.Services.GetRequiredService<INotificationLedger>();
        var key = new DeliveryKey(rolledBack.DeploymentId, "DeploymentRolledBack", Events.At, "ops-slack");
        var elsewhere = await ledger.TryClaimAsync(key, default);

        await host.PublishAsync(rolledBack);
        await clock.WhenWaitingAsync(DeliveryClaims.PollInterval);
        await ledger.CompleteAsync(key, elsewhere.Id, DeliveryOutcome.Delivered, default);
        clock.Advance(DeliveryClaims.PollInterval);
        await host.WhenHandledAsync(1);

        Assert.Empty(slack.Requests);
        Assert.Empty(host.Faults());
    }

    [Fact]
    public async Task Should_retry_an_event_whose_ledger_was_briefly_unreachable_instead_of_dead_lettering_it()
    {
        await using var slack = await LoopbackReceiver.StartAsync();
        await using var host = await NotificationTestHost.StartAsync(
            new NotificationSettings().Slack("ops-slack", slack.Url).Everything("ops-slack"),
            configure: services => services.AddSingleton<INotificationLedger>(sp =>
                new FlakyLedger(ActivatorUtilities.CreateInstance<InMemoryNotificationLedger>(sp), failures: 2)));
        var rolledBack = Events.RolledBack(Guid.NewGuid());

        await host.PublishAsync(rolledBack);

        await slack.WaitForRequestAsync(1);
        await host.WaitForPublishedAsync<DeploymentNotification>();
        Assert.Empty(host.Published<Fault<DeploymentRolledBack>>());
        Assert.Single(slack.Requests);
    }

    /// <summary>A ledger whose first claims fail, as a database that is restarting would.</summary>
    private sealed class FlakyLedger(INotificationLedger inner, int failures) : INotificationLedger
    {
        private int _failures = failures;

        public ValueTask<LedgerClaim> TryClaimAsync(DeliveryKey key, CancellationToken cancellationToken) =>
            Interlocked.Decrement(ref _failures) >= 0 ? throw new TimeoutException("the ledger did not answer") : inner.TryClaimAsync(key, cancellationToken);

        public ValueTask<bool> RenewAsync(DeliveryKey key, Guid claim, CancellationToken cancellationToken) => inner.RenewAsync(key, claim, cancellationToken);

        public ValueTask CompleteAsync(DeliveryKey key, Guid claim, DeliveryOutcome outcome, CancellationToken cancellationToken) =>
            inner.CompleteAsync(key, claim, outcome, cancellationToken);

        public ValueTask AbandonAsync(DeliveryKey key, Guid claim, CancellationToken cancellationToken) => inner.AbandonAsync(key, claim, cancellationToken);

        public ValueTask<bool> IsAnyInFlightAsync(Guid deploymentId, string channel, IReadOnlyCollection<string> eventKinds, DeliveryKey except,
            CancellationToken cancellationToken) => inner.IsAnyInFlightAsync(deploymentId, channel, eventKinds, except, cancellationToken);

        public ValueTask<DateTimeOffset?> OpenIncidentAsync(Guid deploymentId, string channel, CancellationToken cancellationToken) =>
            inner.OpenIncidentAsync(deploymentId, channel, cancellationToken);

        public ValueTask<bool> EndIncidentAsync(Guid deploymentId, string channel, DateTimeOffset endedAt, CancellationToken cancellationToken) =>
            inner.EndIncidentAsync(deploymentId, channel, endedAt, cancellationToken);

        public ValueTask CloseIncidentAsync(Guid deploymentId, string channel, CancellationToken cancellationToken) =>
            inner.CloseIncidentAsync(deploymentId, channel, cancellationToken);

        public ValueTask RecordRetryAsync(Guid deploymentId, Guid retryOf, CancellationToken cancellationToken) =>
            inner.RecordRetryAsync(deploymentId, retryOf, cancellationToken);

        public ValueTask<Guid?> RetryOfAsync(Guid deploymentId, CancellationToken cancellationToken) => inner.RetryOfAsync(deploymentId, cancellationToken);
    }
}
