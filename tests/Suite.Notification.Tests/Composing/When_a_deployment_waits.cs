using Suite.Notification.Composing;

namespace Suite.Notification.Tests.Composing;

public sealed class When_a_deployment_waits
{
    private static readonly DateTimeOffset GiveUpAt = new(2026, 1, 5, 16, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Should_say_whose_approval_it_waits_for_and_when_it_gives_up()
    {
        var n = NotificationComposer.Compose(new DeploymentWaitingForWindow
        {
            DeploymentId = Guid.NewGuid(), Application = "shop", Environment = "production",
            Reason = "awaiting approval: production deployments need a second person's approval", GiveUpAt = GiveUpAt, OccurredAt = Events.At,
        });

        Assert.Equal((NotificationSeverity.Warning, "DeploymentWaitingForWindow"), (n.Severity, n.Kind));
        Assert.Equal("shop deployment waiting for approval in production", n.Title);
        Assert.Equal("production deployments need a second person's approval. Unless someone approves it by 2026-01-05 16:30 UTC, it fails.", n.Text);
        Assert.Equal(("Awaiting approval", "production deployments need a second person's approval"), (n.State, n.Reason));
    }

    [Fact]
    public void Should_ask_for_a_second_person_when_the_approval_wait_gives_no_reason()
    {
        var n = NotificationComposer.Compose(new DeploymentWaitingForWindow
        {
            DeploymentId = Guid.NewGuid(), Application = "shop", Environment = "production", Reason = "Awaiting approval:", StepIndex = 2, OccurredAt = Events.At,
        });

        Assert.Equal("A second person must approve it. It holds before step 2.", n.Text);
        Assert.Equal(("Awaiting approval", null), (n.State, n.Reason));
    }

    [Fact]
    public void Should_say_when_the_window_reopens_before_which_step_it_holds_and_when_it_gives_up()
    {
        var n = NotificationComposer.Compose(new DeploymentWaitingForWindow
        {
            DeploymentId = Guid.NewGuid(), Application = "shop", Environment = "production", Reason = "market hours",
            ReopensAt = new DateTimeOffset(2026, 1, 5, 21, 0, 0, TimeSpan.Zero), StepIndex = 3, GiveUpAt = GiveUpAt.AddDays(1), OccurredAt = Events.At,
        });

        Assert.Equal("shop deployment waiting for a compliance window in production", n.Title);
        Assert.Equal(
            "market hours. The window reopens at 2026-01-05 21:00 UTC. It holds before step 3. If the window is still closed at 2026-01-06 16:30 UTC, the deployment fails.",
            n.Text);
        Assert.Equal(("Waiting for a window", "market hours"), (n.State, n.Reason));
    }
}
