using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Suite.Notification.Tests.Routing;

public sealed class When_the_configuration_is_invalid
{
    private const string SlackPathSecret = "team/channel/NotARealToken";

    [Fact]
    public async Task Should_refuse_to_start_listing_every_problem_without_quoting_a_secret()
    {
        var settings = new NotificationSettings()
            .Channel("chat", "Hipchat", "https://chat.example.com/hook")
            .Channel("plain", "Slack", $"http://hooks.slack.test/services/{SlackPathSecret}")
            .Channel("nourl", "Teams", url: null)
            .Channel("pd", "PagerDuty", url: null)
            .Channel("hook", "Webhook", "https://receiver.example.com/suite", secret: "short")
            .Channel("fromenv", "Slack", $"env:SUITE_TEST_UNSET_{Guid.NewGuid():N}")
            .Route(["plain", "nowhere"], severities: ["Urgent"], kinds: ["DeploymentExploded"])
            .Route([], environments: ["production"])
            .Set("DeploymentLinkTemplate", "/deployments/{id}")
            .Set("Delivery:CircuitBreaker:FailureRatio", "0");
        using var host = Build(settings);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.All(
            [
                "Suite:Notification:Channels:chat:Type is 'Hipchat'; expected one of Slack, Teams, PagerDuty, Webhook",
                "Suite:Notification:Channels:plain:Url must use https",
                "Suite:Notification:Channels:nourl:Url is required",
                "Suite:Notification:Channels:pd:RoutingKey is required",
                "Suite:Notification:Channels:hook:Secret must be at least 16 characters",
                "Suite:Notification:Channels:fromenv:Url refers to the environment variable SUITE_TEST_UNSET_",
                "Suite:Notification:Routes:0:Channels names 'nowhere', which is not defined",
                "Suite:Notification:Routes:0:Severities has 'Urgent'",
                "Suite:Notification:Routes:0:Kinds has 'DeploymentExploded'",
                "Suite:Notification:Routes:1:Channels is empty",
                "Suite:Notification:DeploymentLinkTemplate must be an absolute http(s) URL",
                "Suite:Notification:Delivery:CircuitBreaker:FailureRatio must be above 0",
            ],
            expected => Assert.Contains(expected, error.Message, StringComparison.Ordinal));
        Assert.DoesNotContain("NotARealToken", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("short", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_the_name_reserved_for_the_bus()
    {
        using var host = Build(new NotificationSettings().Channel("bus", "Slack", "https://hooks.slack.test/services/x"));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Suite:Notification:Channels:bus: the name 'bus' is reserved", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_start_with_valid_channels_routes_and_secrets_from_the_environment()
    {
        var variable = $"SUITE_TEST_ROUTING_KEY_{Guid.NewGuid():N}";
        Environment.SetEnvironmentVariable(variable, NotificationSettings.RoutingKey);
        try
        {
            using var host = Build(new NotificationSettings()
                .Channel("oncall", "pagerduty", url: null, routingKey: $"env:{variable}")
                .Channel("ops-slack", "Slack", "https://hooks.slack.test/services/T0/B0/x")
                .Channel("local", "Webhook", "http://127.0.0.1:9/hook", secret: NotificationSettings.WebhookSecret)
                .Route(["oncall", "OPS-SLACK"], environments: ["prod*"], severities: ["critical"])
                .Route(["local"]));

            await host.StartAsync();
            await host.StopAsync();
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public async Task Should_refuse_a_misspelt_key_naming_it_and_what_was_expected()
    {
        using var host = Build(new NotificationSettings()
            .Slack("ops-slack", new Uri("https://hooks.slack.test/services/T0/B0/x"))
            .Route(["ops-slack"])
            .Set("Channels:ops-slack:Urll", "https://hooks.slack.test/services/T0/B0/y")
            .Set("Routes:0:Environment:0", "production")
            .Set("Routes:0:Channels:first", "ops-slack")
            .Set("Delivery:MaxRetries", "3")
            .Set("Delivery:CircuitBreaker:Ratio", "0.5")
            .Set("Delivery:MaxRetryAttempts:Count", "3")
            .Set("DeploymentLink", "https://suite.example.com/{id}")
            .Set("Channels:https://hooks.slack.test/services/T0/B0/pastedSecret", "pasted where a name belongs"));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.All(
            [
                "Suite:Notification:Channels:ops-slack:Urll is not a setting; expected one of Type, Url, RoutingKey, Secret, Timeout",
                "Suite:Notification:Routes:0:Environment is not a setting; expected one of Environments, Applications, Severities, Kinds, Channels",
                "Suite:Notification:Routes:0:Channels:first is not a setting; expected an index",
                "Suite:Notification:Delivery:MaxRetries is not a setting; expected one of MaxRetryAttempts,",
                "Suite:Notification:Delivery:CircuitBreaker:Ratio is not a setting; expected one of FailureRatio,",
                "Suite:Notification:Delivery:MaxRetryAttempts:Count is not a setting; expected no setting under it",
                "Suite:Notification:DeploymentLink is not a setting; expected one of DeduplicationCapacity, DeploymentLinkTemplate, Channels, Routes, Delivery",
            ],
            expected => Assert.Contains(expected, error.Message, StringComparison.Ordinal));
        Assert.DoesNotContain("T0/B0", error.Message, StringComparison.Ordinal);
        Assert.Contains("Suite:Notification:Channels:https://hooks.slack.test/*** is not a setting", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("pastedSecret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_waits_longer_than_ten_minutes()
    {
        using var host = Build(new NotificationSettings()
            .Set("Delivery:MaxDeliveryTime", "00:30:00")
            .Set("Delivery:MaxRetryAfter", "01:00:00")
            .Set("Delivery:AttemptTimeout", "00:11:00"));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Suite:Notification:Delivery:MaxDeliveryTime must be between 10 ms and 10 minutes", error.Message, StringComparison.Ordinal);
        Assert.Contains("Suite:Notification:Delivery:MaxRetryAfter must be between 0 and 10 minutes", error.Message, StringComparison.Ordinal);
        Assert.Contains("Suite:Notification:Delivery:AttemptTimeout must be between 10 ms and 10 minutes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_build_the_channels_as_it_starts_rather_than_at_the_first_event()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new NotificationSettings().Slack("ops-slack", new Uri("https://hooks.slack.test/services/T0/B0/x")).Values);
        builder.AddNotificationServices();
        builder.Services.AddSingleton<Suite.Notification.Secrets.Redaction>(_ => throw new InvalidOperationException("the channels cannot be built"));
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Equal("the channels cannot be built", error.Message);
    }

    [Fact]
    public async Task Should_start_with_no_channels_at_all()
    {
        using var host = Build(new NotificationSettings());

        await host.StartAsync();
        await host.StopAsync();
    }

    // The service without a bus: what its host validates before anything runs.
    private static IHost Build(NotificationSettings settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(settings.Values);
        builder.AddNotificationServices();
        return builder.Build();
    }
}
