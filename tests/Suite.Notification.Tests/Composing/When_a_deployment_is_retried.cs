using Suite.Notification.Composing;

namespace Suite.Notification.Tests.Composing;

public sealed class When_a_deployment_is_retried
{
    private static readonly Guid Original = Guid.Parse("0b9f3c1e-2a4d-4e55-9a61-3c2d1e0f4a5b");

    [Fact]
    public void Should_say_at_the_start_which_deployment_it_runs_again()
    {
        var n = NotificationComposer.Compose(Events.Accepted(Guid.NewGuid()) with { RetryOf = Original });

        Assert.Equal($"Deploying {Events.Image} with the Rolling strategy, requested by alice. It runs deployment {Original} again.", n.Text);
        Assert.Equal(Original, n.RetryOf);
    }

    [Fact]
    public void Should_name_the_retried_deployment_when_it_succeeds()
    {
        var n = NotificationComposer.Compose(Events.Succeeded(Guid.NewGuid()) with { RetryOf = Original });

        Assert.Equal($"{Events.Image} serves all traffic; the deployment took 5m 0s. It was a retry of deployment {Original}.", n.Text);
        Assert.Equal(Original, n.RetryOf);
    }

    [Fact]
    public async Task Should_show_it_as_a_fact_in_slack()
    {
        await using var slack = await LoopbackReceiver.StartAsync();
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings().Slack("ops-slack", slack.Url).Everything("ops-slack"));

        await host.DeliverAsync(Events.Succeeded(Guid.NewGuid()) with { RetryOf = Original });

        var fields = Assert.Single(slack.Requests).Json["attachments"]![0]!["fields"]!.AsArray();
        Assert.Contains(("Retry of", Original.ToString()), fields.Select(f => ((string)f!["title"]!, (string)f["value"]!)));
    }
}
