using Suite.Contracts.Compliance;
using Suite.Contracts.Rollout;
using Suite.Contracts.Traffic;
using Suite.Sagas.History;

namespace Suite.Sagas.Tests;

/// <summary>Compliance answers as the ComplianceWindows service gives them, for the saga's compliance specs.</summary>
internal static class Windows
{
    public const string Freeze = "change freeze: quarter close";
    public const string Mifid = "MiFID II / Dodd-Frank: a second person approves every production deployment";

    public static ComplianceWindowChecked Open(bool approval = false) => new()
    {
        IsOpen = true, Profile = "us-equities", RequiresApproval = approval, ApprovalReason = approval ? Mifid : null, OverrideAllowed = true,
        MaxWait = TimeSpan.FromHours(24),
    };

    public static ComplianceWindowChecked Closed(DateTimeOffset now, TimeSpan? reopensIn = null, TimeSpan? maxWait = null, CheckComplianceWindow? check = null)
    {
        var wait = maxWait ?? TimeSpan.FromHours(24);
        return new ComplianceWindowChecked
        {
            IsOpen = false, Profile = "us-equities", Reason = Freeze, ReopensAt = now + (reopensIn ?? TimeSpan.FromMinutes(10)),
            RecheckAt = now + (reopensIn ?? TimeSpan.FromMinutes(10)), OverrideAllowed = true, MaxWait = wait,
            GiveUpAt = (check?.WaitingSince ?? now) + wait, CheckedAt = now,
        };
    }

    /// <summary>Open, except closed before <paramref name="step"/> while <paramref name="closed"/> says so; an override opens it.</summary>
    public static Func<CheckComplianceWindow, ComplianceWindowChecked> ClosedBefore(int step, Func<bool> closed) =>
        check => check.StepIndex == step && closed()
            ? check.Overridden ? Open() with { Overridden = true, OverriddenReason = Freeze } : Closed(check.RequestedAt, check: check)
            : Open();
}

public sealed class When_the_window_is_checked_at_every_step_boundary
{
    [Fact]
    public async Task Should_ask_before_the_start_and_before_each_step()
    {
        await using var host = await SagaTestHost.Start();
        var id = await host.Deploy();

        await host.InState(id, m => m.Succeeded);

        Assert.Equal([null, 1, 2, 3, 4], host.Script.Sent<CheckComplianceWindow>().Select(c => c.StepIndex));
        var history = (await host.History(id)).ToList();
        foreach (var step in new[] { 1, 2, 3, 4 })
        {
            var cleared = history.FindIndex(e => e is WindowChecked { IsOpen: true } w && w.StepIndex == step);
            var started = history.FindIndex(e => e is StepStarted s && s.StepIndex == step);
            Assert.InRange(cleared, 0, started - 1);
        }
    }

    [Fact]
    public async Task Should_ignore_an_answer_about_another_step()
    {
        await using var host = await SagaTestHost.Start(s => s.HoldWhen = c => c is CheckComplianceWindow { StepIndex: 2 });
        var id = await host.Deploy();
        await host.InState(id, m => m.CheckingWindow);
        Assert.True(await host.Saga.Consumed.Any<RolloutStepApplied>());

        await host.Send(new ComplianceWindowChecked { DeploymentId = id, IsOpen = true, Profile = "default", StepIndex = 3 });
        await host.Send(new ComplianceWindowChecked { DeploymentId = id, IsOpen = true, Profile = "default", StepIndex = null });

        var saga = await host.InState(id, m => m.CheckingWindow);
        Assert.Equal(1, saga.CompletedSteps);
        Assert.DoesNotContain(await host.History(id), e => e is StepStarted { StepIndex: 2 });
    }
}

public sealed class When_the_window_closes_before_a_step
{
    [Fact]
    public async Task Should_hold_at_the_boundary_and_go_on_when_it_reopens()
    {
        var closed = true;
        await using var host = await SagaTestHost.Start();
        host.Script.WindowAnswer = Windows.ClosedBefore(2, () => closed);
        var id = await host.Deploy();

        var saga = await host.InState(id, m => m.AwaitingWindow);

        Assert.Equal(1, saga.CompletedSteps);
        Assert.Single(host.Script.Sent<ApplyRolloutStep>());
        var held = Assert.Single((await host.History(id)).OfType<WindowWaitStarted>());
        Assert.Equal((2, Windows.Freeze), (held.StepIndex, held.Reason));
        var waiting = host.Harness.Published.Select<DeploymentWaitingForWindow>().Single().Context.Message;
        Assert.Equal((2, Windows.Freeze), (waiting.StepIndex, waiting.Reason));
        var report = await host.Query(id);
        Assert.Equal(("AwaitingWindow", Windows.Freeze, 1), (report.State, report.WaitingFor, report.Step));
        Assert.NotNull(report.GiveUpAt);

        closed = false;
        host.Time.Advance(TimeSpan.FromMinutes(10));
        await host.Send(new WindowRecheckDue { DeploymentId = id, TokenId = saga.WindowRecheckTokenId!.Value });

        await host.InState(id, m => m.Succeeded);
        var history = (await host.History(id)).ToList();
        var reopened = history.FindIndex(e => e is WindowReopened { StepIndex: 2 });
        Assert.InRange(reopened, history.FindIndex(e => e is WindowWaitStarted) + 1, history.FindIndex(e => e is StepStarted { StepIndex: 2 }) - 1);
        Assert.Equal(TimeSpan.FromMinutes(10), ((WindowReopened)history[reopened]).Waited);
    }

    [Fact]
    public async Task Should_roll_back_when_the_recheck_at_the_give_up_time_still_finds_it_closed()
    {
        await using var host = await SagaTestHost.Start();
        host.Script.WindowAnswer = Windows.ClosedBefore(2, () => true);
        var id = await host.Deploy();
        var saga = await host.InState(id, m => m.AwaitingWindow);
        Assert.Equal(saga.WindowGiveUpAt, Assert.Single((await host.History(id)).OfType<WindowWaitStarted>()).GiveUpAt);

        host.Time.Advance(TimeSpan.FromHours(24));
        await host.Send(new WindowRecheckDue { DeploymentId = id, TokenId = saga.WindowRecheckTokenId!.Value });

        saga = await host.InState(id, m => m.RolledBack);
        Assert.StartsWith($"compliance window closed longer than the maximum wait (24h): {Windows.Freeze}", saga.RollbackReason);
        Assert.Single(host.Script.Sent<RollBackDeployment>());
    }
}

public sealed class When_the_window_stays_closed_too_long
{
    [Fact]
    public async Task Should_fail_at_once_when_it_reopens_after_the_maximum_wait()
    {
        await using var host = await SagaTestHost.Start();
        host.Script.WindowAnswer = _ => Windows.Closed(host.Time.GetUtcNow(), reopensIn: TimeSpan.FromDays(3));
        var id = await host.Deploy();

        var saga = await host.InState(id, m => m.Failed);

        Assert.StartsWith($"compliance window closed longer than the maximum wait (24h): {Windows.Freeze} (reopens ", saga.LastError);
        Assert.Empty(host.Script.Sent<AnalyzeTraffic>());
        Assert.Equal(saga.LastError, host.Harness.Published.Select<DeploymentFailed>().Single().Context.Message.Reason);
    }

    [Fact]
    public async Task Should_recheck_a_blocking_signal_when_asked_but_never_after_the_give_up_time()
    {
        await using var host = await SagaTestHost.Start();
        var now = host.Time.GetUtcNow();
        host.Script.WindowAnswer = check => Windows.Closed(now, check: check) with
        {
            Reason = "trading-volume-ratio 2.4 above 2", ReopensAt = null, RecheckAt = now + TimeSpan.FromMinutes(1),
            GiveUpAt = now + TimeSpan.FromSeconds(30),
        };
        var id = await host.Deploy();

        await host.InState(id, m => m.AwaitingWindow);

        Assert.Equal(now + TimeSpan.FromSeconds(30), Assert.Single((await host.History(id)).OfType<WindowRecheckScheduled>()).DueAt);
    }

    [Fact]
    public async Task Should_recheck_when_the_service_says()
    {
        await using var host = await SagaTestHost.Start();
        var now = host.Time.GetUtcNow();
        host.Script.WindowAnswer = check => Windows.Closed(now, check: check) with { ReopensAt = null, RecheckAt = now + TimeSpan.FromMinutes(1) };
        var id = await host.Deploy();

        await host.InState(id, m => m.AwaitingWindow);

        Assert.Equal(now + TimeSpan.FromMinutes(1), Assert.Single((await host.History(id)).OfType<WindowRecheckScheduled>()).DueAt);
    }
}

public sealed class When_a_waiting_deployment_is_paused
{
    [Fact]
    public async Task Should_pause_at_once_and_check_again_on_resume()
    {
        await using var host = await SagaTestHost.Start(s => s.WindowOpen = false);
        var id = await host.Deploy();
        await host.InState(id, m => m.AwaitingWindow);

        await host.Send(new PauseDeployment { DeploymentId = id, RequestedBy = "bob" });
        await host.InState(id, m => m.Paused);
        host.Script.WindowOpen = true;
        await host.Send(new ResumeDeployment { DeploymentId = id, RequestedBy = "bob" });

        await host.InState(id, m => m.Succeeded);
        Assert.Equal(2, host.Script.Sent<CheckComplianceWindow>().Count(c => c.StepIndex is null));
        Assert.Single((await host.History(id)).OfType<WindowReopened>());
    }
}
