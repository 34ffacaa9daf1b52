namespace Suite.Notification.Tests.Delivery;

public sealed class When_an_endpoint_keeps_failing
{
    [Fact]
    public async Task Should_record_the_failed_delivery_with_channel_attempts_and_reason_and_not_fault_the_event()
    {
        await using var receiver = await LoopbackReceiver.StartAsync(_ => new Reply(HttpStatusCode.InternalServerError, "upstream exploded"));
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings()
            .Webhook("audit", receiver.Url).Everything("audit").Set("Delivery:MaxRetryAttempts", "2"));
        var id = Guid.NewGuid();

        await host.DeliverAsync(Events.RolledBack(id));

        Assert.Equal(3, receiver.Requests.Count);
        var failed = Assert.Single(host.Published<NotificationDeliveryFailed>());
        Assert.Equal((id, "audit", "DeploymentRolledBack", 3), (failed.DeploymentId, failed.Channel, failed.EventKind, failed.Attempts));
        Assert.Equal("500 Internal Server Error: upstream exploded", failed.Reason);
        Assert.Empty(host.Faults());
        Assert.Single(host.Published<DeploymentNotification>());
    }

    [Fact]
    public async Task Should_not_retry_a_refusal()
    {
        await using var slack = await LoopbackReceiver.StartAsync(_ => new Reply(HttpStatusCode.BadRequest, "invalid_payload"));
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings().Slack("ops-slack", slack.Url).Everything("ops-slack"));

        await host.DeliverAsync(Events.RolledBack(Guid.NewGuid()));

        Assert.Single(slack.Requests);
        var failed = Assert.Single(host.Published<NotificationDeliveryFailed>());
        Assert.Equal(("400 Bad Request: invalid_payload", 1), (failed.Reason, failed.Attempts));
    }

    [Fact]
    public async Task Should_open_the_channels_circuit_and_stop_calling_it()
    {
        await using var slack = await LoopbackReceiver.StartAsync(_ => new Reply(HttpStatusCode.ServiceUnavailable));
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings()
            .Slack("ops-slack", slack.Url).Everything("ops-slack")
            .Set("Delivery:CircuitBreaker:MinimumThroughput", "2")
            .Set("Delivery:CircuitBreaker:FailureRatio", "1")
            .Set("Delivery:CircuitBreaker:BreakDuration", "00:10:00"));

        await host.DeliverAsync(Events.RolledBack(Guid.NewGuid()));
        await host.DeliverAsync(Events.Failed(Guid.NewGuid()));

        Assert.Equal(2, slack.Requests.Count);
        var failures = host.Published<NotificationDeliveryFailed>();
        Assert.Equal(2, failures.Count);
        var second = Assert.Single(failures, f => f.EventKind == "DeploymentFailed");
        Assert.Equal(0, second.Attempts);
        Assert.StartsWith("circuit open", second.Reason, StringComparison.Ordinal);
        Assert.Empty(host.Faults());
    }

    [Fact]
    public async Task Should_keep_one_channels_open_circuit_from_stopping_another_channel()
    {
        await using var broken = await LoopbackReceiver.StartAsync(_ => new Reply(HttpStatusCode.ServiceUnavailable));
        await using var healthy = await LoopbackReceiver.StartAsync();
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings()
            .Slack("broken", broken.Url).Slack("healthy", healthy.Url).Everything("broken", "healthy")
            .Set("Delivery:CircuitBreaker:MinimumThroughput", "2")
            .Set("Delivery:CircuitBreaker:FailureRatio", "1")
            .Set("Delivery:CircuitBreaker:BreakDuration", "00:10:00"));

        await host.DeliverAsync(Events.RolledBack(Guid.NewGuid()));
        await host.DeliverAsync(Events.Failed(Guid.NewGuid()));

        Assert.Equal(2, broken.Requests.Count);
        Assert.Equal(2, healthy.Requests.Count);
        Assert.All(host.Published<NotificationDeliveryFailed>(), f => Assert.Equal("broken", f.Channel));
    }
}
