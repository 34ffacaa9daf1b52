using Suite.Host.Cli;
using Suite.Host.Display;

namespace Suite.Host.Tests;

public sealed class When_a_revert_or_retry_is_asked_for_on_the_command_line
{
    private static readonly DateTimeOffset Now = new(2026, 1, 5, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid Id = Guid.Parse("6b9b0000-0000-0000-0000-000000000001");

    private static DeploymentStateReport Report(string state, DateTimeOffset? windowEnds = null, string? previous = "shop:1") => new()
    {
        DeploymentId = Id, Application = "shop", Namespace = "retail", Image = "shop:2", PreviousImage = previous, Strategy = "Canary",
        State = state, IsTerminal = state is "Succeeded" or "RolledBack" or "Failed" or "Aborted" or "Rejected", RollbackWindowEndsAt = windowEnds,
    };

    [Fact]
    public void Should_revert_only_inside_the_rollback_window()
    {
        Assert.Null(ControlChecks.Revert(Report("Succeeded", Now.AddMinutes(3)), Now));
        Assert.Equal($"the rollback window of deployment {Id} ended at 2026-01-05 11:59:00 UTC; deploy it again: suite deploy -a shop -n retail -i shop:1",
            ControlChecks.Revert(Report("Succeeded", Now.AddMinutes(-1)), Now));
        Assert.StartsWith("shop:1 was not kept warm", ControlChecks.Revert(Report("Succeeded"), Now));
        Assert.EndsWith("there is nothing to go back to", ControlChecks.Revert(Report("Succeeded", previous: null), Now));
    }

    [Fact]
    public void Should_point_a_running_deployment_to_abort()
    {
        Assert.Equal($"deployment {Id} is still Observing: 'suite abort {Id}' rolls it back", ControlChecks.Revert(Report("Observing"), Now));
        Assert.Equal($"only a deployment that succeeded can be reverted; {Id} ended RolledBack", ControlChecks.Revert(Report("RolledBack"), Now));
    }

    [Theory]
    [InlineData("Failed", true)]
    [InlineData("RolledBack", true)]
    [InlineData("Aborted", true)]
    [InlineData("Succeeded", false)]
    [InlineData("Rejected", false)]
    [InlineData("RollingOut", false)]
    public void Should_retry_only_what_ended_without_success(string state, bool allowed) =>
        Assert.Equal(allowed, ControlChecks.Retry(Report(state)) is null);
}

public sealed class When_a_deployment_s_rollback_is_shown
{
    private static readonly DateTimeOffset Decided = new(2026, 1, 5, 12, 0, 1, 200, TimeSpan.Zero);

    [Fact]
    public void Should_say_when_it_was_decided_when_the_old_version_was_fully_serving_and_how_long_it_took()
    {
        var report = new DeploymentStateReport { RollbackDecidedAt = Decided, RollbackCompletedAt = Decided.AddMilliseconds(1800) };

        Assert.Equal("decided 12:00:01.200, previous version fully serving 12:00:03.000 (took 1.8 s)", ReportView.Rollback(report));
        Assert.Equal("decided 12:00:01.200, previous version not fully serving yet", ReportView.Rollback(report with { RollbackCompletedAt = null }));
        Assert.Null(ReportView.Rollback(new DeploymentStateReport()));
    }

    [Fact]
    public void Should_divide_the_time_into_the_clusters_pod_start_up_and_suites_own_part_when_measured()
    {
        var report = new DeploymentStateReport
        {
            RollbackDecidedAt = Decided,
            RollbackTrafficSwitchedAt = Decided.AddMilliseconds(40),
            RollbackRestoreStartedAt = Decided.AddMilliseconds(60),
            RollbackPreviousReadyAt = Decided.AddMilliseconds(8060),
            RollbackCompletedAt = Decided.AddMilliseconds(8900),
        };

        Assert.Equal(
            "decided 12:00:01.200, previous version fully serving 12:00:10.100 " +
            "(took 8.9 s: pod start-up 8.0 s, Suite 0.9 s; all traffic back on the previous version after 0.0 s)",
            ReportView.Rollback(report));
    }

    [Fact]
    public void Should_count_no_pod_start_up_when_the_previous_version_was_still_at_full_strength()
    {
        var report = new DeploymentStateReport
        {
            RollbackDecidedAt = Decided,
            RollbackTrafficSwitchedAt = Decided.AddMilliseconds(120),
            RollbackRestoreStartedAt = Decided.AddMilliseconds(160),
            RollbackPreviousReadyAt = Decided.AddMinutes(-10),
            RollbackCompletedAt = Decided.AddMilliseconds(200),
        };

        Assert.EndsWith("(took 0.2 s: pod start-up 0.0 s, Suite 0.2 s; all traffic back on the previous version after 0.1 s)", ReportView.Rollback(report));
    }

    [Fact]
    public void Should_show_the_rollback_window_while_it_lasts()
    {
        var report = new DeploymentStateReport { DeploymentId = Guid.Empty, State = "Succeeded", RollbackWindowEndsAt = Decided.AddMinutes(5) };

        Assert.StartsWith("previous version warm until 2026-01-05 12:05:01.200 UTC: 'suite revert ", ReportView.RollbackWindow(report, Decided));
        Assert.Equal("ended 2026-01-05 12:05:01.200 UTC", ReportView.RollbackWindow(report, Decided.AddMinutes(6)));
        Assert.Null(ReportView.RollbackWindow(report with { RollbackWindowEndsAt = null }, Decided));
    }

    [Fact]
    public void Should_say_why_a_deployment_is_paused()
    {
        var line = ReportView.Line(new DeploymentStateReport { State = "Paused", PauseReason = "waiting for promotion", Step = 1, TotalSteps = 5 });

        Assert.EndsWith("(waiting for promotion)", line);
    }
}

public sealed class When_promote_revert_and_retry_are_run
{
    [Fact]
    public async Task Should_offer_a_full_promotion()
    {
        var result = await SuiteProcess.Run("promote", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--full", result.Output);
    }

    [Theory]
    [InlineData("revert")]
    [InlineData("retry")]
    public async Task Should_say_in_one_line_when_suite_cannot_be_reached(string command)
    {
        var result = await SuiteProcess.Run(command, Guid.NewGuid().ToString(), "--rabbitmq", "amqp://guest:guest@127.0.0.1:1/", "--timeout", "3");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("suite: cannot reach RabbitMQ at 127.0.0.1:1", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task Should_need_the_deployment_id()
    {
        var result = await SuiteProcess.Run("retry");

        Assert.Equal(1, result.ExitCode);
        Assert.EndsWith("(see 'suite retry --help')", Assert.Single(result.ErrorLines));
    }
}
