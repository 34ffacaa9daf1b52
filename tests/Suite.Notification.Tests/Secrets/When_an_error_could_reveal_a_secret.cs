using Microsoft.Extensions.DependencyInjection;
using Suite.Notification.Delivery;
using Suite.Notification.Secrets;

namespace Suite.Notification.Tests.Secrets;

public sealed class When_an_error_could_reveal_a_secret
{
    private const string PathSecret = "s3cr3tPathToken";

    [Fact]
    public void Should_redact_an_exception_message_that_contains_the_webhook_url()
    {
        const string url = "https://hooks.slack.test/services/team/channel/NotARealToken";
        var redaction = new Redaction([url]);
        var error = new HttpRequestException($"Response status code does not indicate success: 404 (Not Found) for {url}.");

        var text = redaction.Redact(error.Message);

        Assert.DoesNotContain("NotARealToken", text, StringComparison.Ordinal);
        Assert.Equal("Response status code does not indicate success: 404 (Not Found) for ***.", text);
    }

    [Fact]
    public void Should_redact_a_known_secret_anywhere_and_any_urls_path()
    {
        var redaction = new Redaction(["R0UT1NGK3Y0123456789", "/services/T0/B0/abc"]);

        Assert.Equal("invalid routing key *** for ***", redaction.Redact("invalid routing key R0UT1NGK3Y0123456789 for /services/T0/B0/abc"));
        Assert.Equal("posting to https://receiver.example.com/*** failed", redaction.Redact("posting to https://receiver.example.com/hooks/very-secret?sig=1 failed"));
    }

    [Fact]
    public async Task Should_redact_the_url_from_a_failure_the_http_client_reports()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var host = await NotificationTestHost.StartAsync(
            new NotificationSettings().Slack("ops-slack", receiver.Url).Everything("ops-slack").Set("Delivery:MaxRetryAttempts", "1"),
            configure: services => services.AddHttpClient(NotificationHttp.ClientName).AddHttpMessageHandler(() => new QuotingHandler()));

        await host.DeliverAsync(Events.RolledBack(Guid.NewGuid()));

        var failed = Assert.Single(host.Published<NotificationDeliveryFailed>());
        Assert.Equal(2, failed.Attempts);
        Assert.Contains("could not reach", failed.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(PathSecret, failed.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Logs.Lines, line => line.Contains(PathSecret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_never_write_a_url_routing_key_or_hmac_secret_to_any_log()
    {
        var echo = new Func<int, Reply>(_ => new Reply(HttpStatusCode.BadGateway, $"bad key {NotificationSettings.RoutingKey} at /hooks/T0001/B0001/{PathSecret} with {NotificationSettings.WebhookSecret}"));
        await using var slack = await LoopbackReceiver.StartAsync(echo);
        await using var pagerDuty = await LoopbackReceiver.StartAsync(echo, $"/v2/enqueue/{PathSecret}");
        await using var webhook = await LoopbackReceiver.StartAsync(echo);
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings()
            .Slack("ops-slack", slack.Url).PagerDuty("oncall", pagerDuty.Url).Webhook("audit", webhook.Url)
            .Everything("ops-slack", "oncall", "audit").Set("Delivery:MaxRetryAttempts", "1"));

        await host.DeliverAsync(Events.RolledBack(Guid.NewGuid()));

        var failures = host.Published<NotificationDeliveryFailed>();
        Assert.Equal(3, failures.Count);
        var everything = string.Join(Environment.NewLine, host.Logs.Lines.Concat(failures.Select(f => f.Reason)));
        Assert.Contains("ops-slack", everything, StringComparison.Ordinal);
        Assert.DoesNotContain(PathSecret, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(NotificationSettings.RoutingKey, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(NotificationSettings.WebhookSecret, everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_read_a_secret_given_as_env_name_from_the_environment()
    {
        await using var slack = await LoopbackReceiver.StartAsync();
        var variable = $"SUITE_TEST_SLACK_URL_{Guid.NewGuid():N}";
        Environment.SetEnvironmentVariable(variable, slack.Url.ToString());
        try
        {
            await using var host = await NotificationTestHost.StartAsync(new NotificationSettings()
                .Channel("ops-slack", "Slack", $"env:{variable}").Everything("ops-slack"));

            await host.DeliverAsync(Events.RolledBack(Guid.NewGuid()));

            Assert.Equal("/hooks/T0001/B0001/s3cr3tPathToken", Assert.Single(slack.Requests).Path);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    /// <summary>Fails as some HTTP stacks do: with the full request URL in the message.</summary>
    private sealed class QuotingHandler : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new HttpRequestException($"could not reach {request.RequestUri}: connection reset");
    }
}
