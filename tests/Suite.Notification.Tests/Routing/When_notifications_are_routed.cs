using Microsoft.Extensions.Options;
using Suite.Notification.Composing;
using Suite.Notification.Routing;

namespace Suite.Notification.Tests.Routing;

public sealed class When_notifications_are_routed
{
    private static readonly NotificationRouter Router = new(Options.Create(new NotificationOptions
    {
        Routes =
        [
            new() { Environments = ["production"], Severities = ["Critical"], Channels = ["pagerduty", "slack"] },
            new() { Environments = ["staging"], Severities = ["Info"], Channels = ["slack"] },
            new() { Applications = ["payments-*"], Kinds = ["DeploymentPaused"], Channels = ["teams", "slack"] },
        ],
    }));

    [Fact]
    public void Should_send_production_critical_to_pagerduty_and_slack()
    {
        Assert.Equal(["pagerduty", "slack"], Router.ChannelsFor(NotificationComposer.Compose(Events.RolledBack(Guid.NewGuid()))));
    }

    [Fact]
    public void Should_send_staging_info_to_slack_only()
    {
        Assert.Equal(["slack"], Router.ChannelsFor(NotificationComposer.Compose(Events.Accepted(Guid.NewGuid(), "staging"))));
    }

    [Fact]
    public void Should_send_what_no_route_matches_nowhere()
    {
        Assert.Empty(Router.ChannelsFor(NotificationComposer.Compose(Events.RolledBack(Guid.NewGuid(), "staging"))));
        Assert.Empty(Router.ChannelsFor(NotificationComposer.Compose(Events.Accepted(Guid.NewGuid(), "production"))));
    }

    [Fact]
    public void Should_match_applications_by_glob_and_name_each_channel_once()
    {
        var paused = NotificationComposer.Compose(Events.Paused(Guid.NewGuid(), "staging")) with { Application = "Payments-API" };

        Assert.Equal(["teams", "slack"], Router.ChannelsFor(paused));
        Assert.Empty(Router.ChannelsFor(paused with { Application = "shop" }));
    }

    [Fact]
    public void Should_ignore_case_in_environments_severities_and_kinds()
    {
        var router = new NotificationRouter(Options.Create(new NotificationOptions
        {
            Routes = [new() { Environments = ["PROD*"], Severities = ["critical"], Kinds = ["deploymentrolledback"], Channels = ["oncall"] }],
        }));

        Assert.Equal(["oncall"], router.ChannelsFor(NotificationComposer.Compose(Events.RolledBack(Guid.NewGuid(), "production"))));
    }

    [Fact]
    public async Task Should_deliver_over_http_only_to_the_channels_the_routes_name()
    {
        await using var pagerDuty = await LoopbackReceiver.StartAsync(_ => new Reply(HttpStatusCode.Accepted), "/v2/enqueue");
        await using var slack = await LoopbackReceiver.StartAsync();
        await using var teams = await LoopbackReceiver.StartAsync();
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings()
            .PagerDuty("oncall", pagerDuty.Url).Slack("ops-slack", slack.Url).Teams("ops-teams", teams.Url)
            .Route(["oncall", "ops-slack"], environments: ["production"], severities: ["Critical"])
            .Route(["ops-slack"], environments: ["staging"], severities: ["Info"]));

        await host.DeliverAsync(Events.Failed(Guid.NewGuid(), "production"), Events.Accepted(Guid.NewGuid(), "staging"), Events.Accepted(Guid.NewGuid(), "production"));

        Assert.Single(pagerDuty.Requests);
        Assert.Equal(2, slack.Requests.Count);
        Assert.Empty(teams.Requests);
        Assert.Equal(3, host.Published<DeploymentNotification>().Count);
    }
}
