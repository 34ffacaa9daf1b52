using Suite.Notification.Ledger;

namespace Suite.Notification.Tests.Channels;

public sealed class When_pagerduty_is_paged
{
    [Fact]
    public async Task Should_trigger_an_incident_keyed_by_the_deployment_for_a_critical_notification()
    {
        await using var pagerDuty = await LoopbackReceiver.StartAsync(_ => new Reply(HttpStatusCode.Accepted, """{"status":"success","message":"Event processed"}"""), "/v2/enqueue");
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings().PagerDuty("oncall", pagerDuty.Url).Everything("oncall"));
        var id = Guid.NewGuid();

        await host.DeliverAsync(Events.RollingBack(id));

        var trigger = Assert.Single(pagerDuty.Requests).Json;
        Assert.Equal((NotificationSettings.RoutingKey, "trigger", id.ToString()), ((string?)trigger["routing_key"], (string?)trigger["event_action"], (string?)trigger["dedup_key"]));
        var payload = trigger["payload"]!;
        Assert.Equal("shop v2 rolling back in production", (string?)payload["summary"]);
        Assert.Equal(("critical", "shop (production)", "shop", "production", "DeploymentRollingBack"),
            ((string?)payload["severity"], (string?)payload["source"], (string?)payload["component"], (string?)payload["group"], (string?)payload["class"]));
        Assert.Equal(Events.At.AddMinutes(-1), DateTimeOffset.Parse((string)payload["timestamp"]!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("error rate 12% above the baseline's 0.5%", (string?)payload["custom_details"]!["reason"]);
        Assert.Equal($"https://suite.example.com/deployments/{id}", (string?)trigger["links"]![0]!["href"]);
        Assert.Empty(host.Published<NotificationDeliveryFailed>());
    }

    [Fact]
    public async Task Should_page_for_an_emergency_override_of_a_closed_window()
    {
        await using var pagerDuty = await LoopbackReceiver.StartAsync(_ => new Reply(HttpStatusCode.Accepted), "/v2/enqueue");
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings().PagerDuty("oncall", pagerDuty.Url)
            .Route(["oncall"], environments: ["production"], severities: ["Critical"]));

        await host.DeliverAsync(Events.Overridden(Guid.NewGuid()));

        var payload = Assert.Single(pagerDuty.Requests).Json["payload"]!;
        Assert.Equal(("critical", "ComplianceWindowOverridden"), ((string?)payload["severity"], (string?)payload["class"]));
    }

    [Fact]
    public async Task Should_not_page_for_info_or_warning()
    {
        await using var pagerDuty = await LoopbackReceiver.StartAsync(_ => new Reply(HttpStatusCode.Accepted), "/v2/enqueue");
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings().PagerDuty("oncall", pagerDuty.Url).Everything("oncall"));
        var id = Guid.NewGuid();

        await host.DeliverAsync(Events.Accepted(id), Events.Paused(id));

        Assert.Empty(pagerDuty.Requests);
        Assert.Empty(host.Published<NotificationDeliveryFailed>());
    }

    [Fact]
    public async Task Should_resolve_the_incident_when_the_deployment_later_succeeds_even_if_no_route_sends_successes()
    {
        await using var pagerDuty = await LoopbackReceiver.StartAsync(_ => new Reply(HttpStatusCode.Accepted), "/v2/enqueue");
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings().PagerDuty("oncall", pagerDuty.Url)
            .Route(["oncall"], environments: ["production"], severities: ["Critical"]));
        var id = Guid.NewGuid();

        await host.DeliverAsync(Events.Overridden(id));
        await host.DeliverAsync(Events.Succeeded(id));

        Assert.Equal(["trigger", "resolve"], pagerDuty.Requests.Select(r => (string?)r.Json["event_action"]));
        var resolve = pagerDuty.Requests[1].Json.AsObject();
        Assert.Equal(["routing_key", "event_action", "dedup_key"], resolve.Select(p => p.Key));
        Assert.Equal(id.ToString(), (string?)resolve["dedup_key"]);
    }

    [Fact]
    public async Task Should_add_the_clean_rollback_to_the_incident_then_resolve_it()
    {
        await using var pagerDuty = await LoopbackReceiver.StartAsync(_ => new Reply(HttpStatusCode.Accepted), "/v2/enqueue");
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings().PagerDuty("oncall", pagerDuty.Url).Everything("oncall"));
        var id = Guid.NewGuid();

        await host.DeliverAsync(Events.RollingBack(id));
        await host.DeliverAsync(Events.RolledBack(id));

        Assert.Equal([("trigger", id.ToString(), "DeploymentRollingBack"), ("trigger", id.ToString(), "DeploymentRolledBack"), ("resolve", id.ToString(), null)],
            pagerDuty.Requests.Select(r => ((string?)r.Json["event_action"], (string?)r.Json["dedup_key"], (string?)r.Json["payload"]?["class"])));
    }

    [Fact]
    public async Task Should_not_resolve_what_it_never_triggered()
    {
        await using var pagerDuty = await LoopbackReceiver.StartAsync(_ => new Reply(HttpStatusCode.Accepted), "/v2/enqueue");
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings().PagerDuty("oncall", pagerDuty.Url).Everything("oncall"));

        await host.DeliverAsync(Events.Succeeded(Guid.NewGuid()));

        Assert.Empty(pagerDuty.Requests);
    }

    [Fact]
    public async Task Should_resolve_after_a_trigger_that_a_retry_after_holds_back()
    {
        var clock = new WatchedClock();
        await using var pagerDuty = await LoopbackReceiver.StartAsync(
            n => n == 1 ? new Reply(HttpStatusCode.TooManyRequests, RetryAfter: "10") : new Reply(HttpStatusCode.Accepted), "/v2/enqueue");
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings().PagerDuty("oncall", pagerDuty.Url)
            .Route(["oncall"], severities: ["Critical"]), clock);
        var id = Guid.NewGuid();

        await host.PublishAsync(Events.Overridden(id));
        await clock.WhenWaitingAsync(TimeSpan.FromSeconds(10));
        await host.PublishAsync(Events.Succeeded(id));
        await clock.WhenWaitingAsync(DeliveryClaims.PollInterval);
        Assert.Single(pagerDuty.Requests);
        clock.Advance(TimeSpan.FromSeconds(10));
        await host.WhenHandledAsync(2);

        Assert.Equal(["trigger", "trigger", "resolve"], pagerDuty.Requests.Select(r => (string?)r.Json["event_action"]));
        Assert.Empty(host.Published<NotificationDeliveryFailed>());
    }

    [Fact]
    public async Task Should_resolve_a_trigger_that_arrives_after_its_deployment_ended_well()
    {
        await using var pagerDuty = await LoopbackReceiver.StartAsync(_ => new Reply(HttpStatusCode.Accepted), "/v2/enqueue");
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings().PagerDuty("oncall", pagerDuty.Url)
            .Route(["oncall"], severities: ["Critical"]));
        var id = Guid.NewGuid();

        await host.DeliverAsync(Events.Succeeded(id));
        await host.DeliverAsync(Events.Overridden(id));

        Assert.Equal([("trigger", id.ToString()), ("resolve", id.ToString())],
            pagerDuty.Requests.Select(r => ((string?)r.Json["event_action"], (string?)r.Json["dedup_key"])));
    }

    [Fact]
    public async Task Should_leave_a_failed_deployments_incident_open_until_a_retry_of_it_succeeds()
    {
        await using var pagerDuty = await LoopbackReceiver.StartAsync(_ => new Reply(HttpStatusCode.Accepted), "/v2/enqueue");
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings().PagerDuty("oncall", pagerDuty.Url)
            .Route(["oncall"], severities: ["Critical"]));
        var failed = Guid.NewGuid();
        var retry = Guid.NewGuid();

        await host.DeliverAsync(Events.Failed(failed), Events.Paused(failed));
        Assert.Equal(["trigger"], pagerDuty.Requests.Select(r => (string?)r.Json["event_action"]));

        await host.DeliverAsync(Events.Accepted(retry) with { RetryOf = failed });
        await host.DeliverAsync(Events.Succeeded(retry) with { RetryOf = failed });

        Assert.Equal([("trigger", failed.ToString()), ("resolve", failed.ToString())],
            pagerDuty.Requests.Select(r => ((string?)r.Json["event_action"], (string?)r.Json["dedup_key"])));
    }

    [Fact]
    public async Task Should_resolve_on_an_abort_what_the_override_opened()
    {
        await using var pagerDuty = await LoopbackReceiver.StartAsync(_ => new Reply(HttpStatusCode.Accepted), "/v2/enqueue");
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings().PagerDuty("oncall", pagerDuty.Url)
            .Route(["oncall"], severities: ["Critical"]));
        var id = Guid.NewGuid();

        await host.DeliverAsync(Events.Overridden(id));
        await host.DeliverAsync(Events.Aborted(id));

        Assert.Equal(["trigger", "resolve"], pagerDuty.Requests.Select(r => (string?)r.Json["event_action"]));
    }

    [Fact]
    public async Task Should_resolve_every_incident_of_a_chain_of_retries_when_the_last_one_succeeds()
    {
        await using var pagerDuty = await LoopbackReceiver.StartAsync(_ => new Reply(HttpStatusCode.Accepted), "/v2/enqueue");
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings().PagerDuty("oncall", pagerDuty.Url)
            .Route(["oncall"], severities: ["Critical"]));
        var (first, second, third) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        await host.DeliverAsync(Events.Failed(first));
        await host.DeliverAsync(Events.Accepted(second) with { RetryOf = first });
        await host.DeliverAsync(Events.Failed(second));
        await host.DeliverAsync(Events.Accepted(third) with { RetryOf = second });
        await host.DeliverAsync(Events.Succeeded(third) with { RetryOf = second });

        Assert.Equal([("trigger", first), ("trigger", second), ("resolve", second), ("resolve", first)],
            pagerDuty.Requests.Select(r => ((string?)r.Json["event_action"], Guid.Parse((string)r.Json["dedup_key"]!))));
    }
}
