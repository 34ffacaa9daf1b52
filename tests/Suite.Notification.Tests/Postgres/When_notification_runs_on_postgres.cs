namespace Suite.Notification.Tests.Postgres;

/// <summary>The service on PostgreSQL (needs <c>SUITE_TEST_POSTGRES_CONNECTION</c>): its endpoints out of the outbox, several replicas on one ledger.</summary>
public sealed class When_notification_runs_on_postgres : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await NotificationDatabase.CreateAsync(migrate: false);

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Should_hold_no_database_transaction_while_a_channel_is_called_and_tell_subscribers_meanwhile()
    {
        var release = new TaskCompletionSource();
        await using var webhook = await LoopbackReceiver.StartAsync(_ => new Reply(HttpStatusCode.OK, HoldUntil: release.Task));
        var application = $"suite-notification-test-{Guid.NewGuid():N}"[..40];
        await using var instance = await PostgresNotificationInstance.StartAsync(_database,
            new NotificationSettings().Webhook("audit", webhook.Url).Everything("audit"), application);
        var id = Guid.NewGuid();

        await instance.Bus.Publish(Events.RolledBack(id));
        await webhook.WaitForRequestAsync(1);
        await Until(() => instance.Told.Any(n => n.DeploymentId == id));

        Assert.Equal(0L, await _database.ScalarAsync(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name = @application AND state LIKE 'idle in transaction%'", ("application", application)));
        Assert.Equal(0L, await _database.ScalarAsync("SELECT count(*) FROM {schema}.inbox_state"));
        release.SetResult();
        await Until(async () => await Outcome(id, "audit") == "Delivered");
    }

    [Fact]
    public async Task Should_deliver_once_when_two_instances_receive_the_same_event()
    {
        await using var slack = await LoopbackReceiver.StartAsync();
        var settings = new NotificationSettings().Slack("ops-slack", slack.Url).Everything("ops-slack");
        await using var first = await PostgresNotificationInstance.StartAsync(_database, settings, "suite-notification-test-1");
        await using var second = await PostgresNotificationInstance.StartAsync(_database, settings, "suite-notification-test-2");
        var rolledBack = Events.RolledBack(Guid.NewGuid());

        await Task.WhenAll(first.Bus.Publish(rolledBack), second.Bus.Publish(rolledBack));
        await Until(async () => await Outcome(rolledBack.DeploymentId, "ops-slack") is not null && await Outcome(rolledBack.DeploymentId, "bus") is not null);
        await Task.Delay(TimeSpan.FromMilliseconds(300));

        Assert.Single(slack.Requests);
        Assert.Equal(1, first.Told.Count + second.Told.Count);
    }

    [Fact]
    public async Task Should_resolve_on_one_instance_only_after_the_trigger_another_instance_is_still_sending()
    {
        var release = new TaskCompletionSource();
        await using var pagerDuty = await LoopbackReceiver.StartAsync(
            n => n == 1 ? new Reply(HttpStatusCode.Accepted, HoldUntil: release.Task) : new Reply(HttpStatusCode.Accepted), "/v2/enqueue");
        var settings = new NotificationSettings().PagerDuty("oncall", pagerDuty.Url).Route(["oncall"], severities: ["Critical"]);
        await using var first = await PostgresNotificationInstance.StartAsync(_database, settings, "suite-notification-test-1");
        await using var second = await PostgresNotificationInstance.StartAsync(_database, settings, "suite-notification-test-2");
        var id = Guid.NewGuid();

        await first.Bus.Publish(Events.Overridden(id));
        await pagerDuty.WaitForRequestAsync(1);
        await second.Bus.Publish(Events.Succeeded(id));
        await Until(async () => await _database.ScalarAsync(
            "SELECT count(*) FROM {schema}.notification_delivery WHERE deployment_id = @id AND event_kind = 'DeploymentSucceeded' AND channel = 'oncall'",
            ("id", id)) is 1L);
        await Task.Delay(TimeSpan.FromMilliseconds(1500));
        Assert.Single(pagerDuty.Requests);

        release.SetResult();
        await Until(async () => await Outcome(id, "oncall", "DeploymentSucceeded") == "Delivered");

        Assert.Equal(["trigger", "resolve"], pagerDuty.Requests.Select(r => (string?)r.Json["event_action"]));
    }

    private async Task<string?> Outcome(Guid deploymentId, string channel, string? kind = null) =>
        await _database.ScalarAsync(
            "SELECT outcome FROM {schema}.notification_delivery WHERE deployment_id = @id AND channel = @channel AND (@kind = '' OR event_kind = @kind)",
            ("id", deploymentId), ("channel", channel), ("kind", kind ?? "")) as string;

    private static Task Until(Func<bool> condition) => Until(() => Task.FromResult(condition()));

    // Polls on the real clock; the deadline only bounds a test that is failing anyway.
    private static async Task Until(Func<Task<bool>> condition)
    {
        var giveUpAt = TimeProvider.System.GetUtcNow() + Patience;
        while (!await condition())
        {
            Assert.True(TimeProvider.System.GetUtcNow() < giveUpAt, "gave up waiting");
            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }
    }
}
