using Suite.Sagas.EventStore;
using Suite.Contracts.Compliance;
using Suite.Contracts.Traffic;
using Suite.Sagas.History;

namespace Suite.Sagas.Tests;

public sealed class When_a_profile_requires_approval
{
    [Fact]
    public async Task Should_wait_for_a_second_person_and_refuse_the_requester()
    {
        await using var host = await SagaTestHost.Start(s => s.WindowAnswer = _ => Windows.Open(approval: true));
        var id = await host.Deploy();

        await host.InState(id, m => m.AwaitingApproval);
        Assert.Empty(host.Script.Sent<AnalyzeTraffic>());
        var waiting = host.Harness.Published.Select<DeploymentWaitingForWindow>().Single().Context.Message;
        Assert.Equal($"awaiting approval: {Windows.Mifid}", waiting.Reason);
        var report = await host.Query(id);
        Assert.Equal(("AwaitingApproval", true, (string?)null), (report.State, report.ApprovalRequired, report.ApprovedBy));

        await host.Send(new ApproveDeployment { DeploymentId = id, Approver = " Alice ", Reason = "ship it" });

        await host.InState(id, m => m.AwaitingApproval);
        var refused = Assert.Single((await host.History(id)).OfType<ApprovalRefused>());
        Assert.Equal("'Alice' requested this deployment and cannot approve it: a second person must", refused.Refusal);

        await host.Send(new ApproveDeployment { DeploymentId = id, Approver = "bob", Reason = "reviewed the change ticket" });

        await host.InState(id, m => m.Succeeded);
        Assert.Equal("bob", (await host.Query(id)).ApprovedBy);
        var granted = (await host.Store.ReadStreamAsync(HistoryJson.StreamId(id), CancellationToken.None)).Single(e => e.Data is ApprovalGranted);
        Assert.Equal(("bob", "reviewed the change ticket"), (granted.Metadata.Actor, granted.Metadata.Reason));
    }

    [Fact]
    public async Task Should_not_wait_when_the_approval_came_before_the_answer()
    {
        await using var host = await SagaTestHost.Start(s => s.HoldWhen = c => c is CheckComplianceWindow { StepIndex: null });
        var id = await host.Deploy();
        await host.InState(id, m => m.CheckingWindow);

        await host.Send(new ApproveDeployment { DeploymentId = id, Approver = "bob", Reason = "pre-approved in the CAB" });
        await host.Send(Windows.Open(approval: true) with { DeploymentId = id });

        await host.InState(id, m => m.Succeeded);
        Assert.DoesNotContain(await host.History(id), e => e is ApprovalAwaited);
    }

    [Fact]
    public async Task Should_ignore_an_approval_after_one_was_granted()
    {
        await using var host = await SagaTestHost.Start(s => s.WindowAnswer = _ => Windows.Open(approval: true));
        var id = await host.Deploy();
        await host.InState(id, m => m.AwaitingApproval);
        host.Script.Hold<AnalyzeTraffic>();

        await host.Send(new ApproveDeployment { DeploymentId = id, Approver = "bob", Reason = "ok" });
        await host.Send(new ApproveDeployment { DeploymentId = id, Approver = "carol", Reason = "ok too" });

        await host.InState(id, m => m.AnalyzingTraffic);
        Assert.Equal("bob", Assert.Single((await host.History(id)).OfType<ApprovalGranted>()).Approver);
    }

    [Fact]
    public async Task Should_fail_when_no_approval_comes_within_the_maximum_wait()
    {
        await using var host = await SagaTestHost.Start(s => s.WindowAnswer = _ => Windows.Open(approval: true));
        var id = await host.Deploy();
        var saga = await host.InState(id, m => m.AwaitingApproval);
        Assert.Equal(host.Time.GetUtcNow() + TimeSpan.FromHours(24), saga.ApprovalGiveUpAt);

        host.Time.Advance(TimeSpan.FromHours(24));
        await host.Send(new ApprovalWaitDue { DeploymentId = id, TokenId = saga.ApprovalTokenId!.Value });

        saga = await host.InState(id, m => m.Failed);
        Assert.Equal($"no approval within the maximum wait (24h): {Windows.Mifid}", saga.LastError);
        Assert.Empty(host.Script.Sent<AnalyzeTraffic>());
    }

    [Fact]
    public async Task Should_arm_its_timer_again_when_the_maximum_wait_is_longer_than_a_day()
    {
        await using var host = await SagaTestHost.Start(s => s.WindowAnswer = _ => Windows.Open(approval: true) with { MaxWait = TimeSpan.FromDays(3) });
        var id = await host.Deploy();
        var saga = await host.InState(id, m => m.AwaitingApproval);
        var first = saga.ApprovalTokenId!.Value;
        Assert.Equal(host.Time.GetUtcNow() + TimeSpan.FromDays(3), saga.ApprovalGiveUpAt);

        host.Time.Advance(TimeSpan.FromDays(1));
        await host.Send(new ApprovalWaitDue { DeploymentId = id, TokenId = first });

        saga = await host.InState(id, m => m.AwaitingApproval);
        Assert.NotEqual(first, saga.ApprovalTokenId);
        var awaited = (await host.History(id)).OfType<ApprovalAwaited>().ToList();
        Assert.Equal(2, awaited.Count);
        Assert.All(awaited, a => Assert.Equal(saga.ApprovalGiveUpAt, a.GiveUpAt));
    }
}

public sealed class When_a_closed_window_is_overridden
{
    [Fact]
    public async Task Should_open_it_record_who_and_why_and_announce_it()
    {
        await using var host = await SagaTestHost.Start(s => s.WindowOpen = false);
        var id = await host.Deploy();
        await host.InState(id, m => m.AwaitingWindow);

        await host.Send(new OverrideComplianceWindow { DeploymentId = id, Approver = "bob", Reason = "hotfix for the settlement outage" });

        await host.InState(id, m => m.Succeeded);
        var overridden = Assert.Single((await host.History(id)).OfType<WindowOverridden>());
        Assert.Equal(("bob", "hotfix for the settlement outage", Windows.Freeze), (overridden.Approver, overridden.Reason, overridden.ClosedReason));
        var announced = host.Harness.Published.Select<ComplianceWindowOverridden>().Single().Context.Message;
        Assert.Equal((id, "bob", Windows.Freeze, "production"), (announced.DeploymentId, announced.Approver, announced.ClosedReason, announced.Environment));
        var checks = host.Script.Sent<CheckComplianceWindow>().ToList();
        Assert.False(checks[0].Overridden);
        Assert.All(checks.Skip(1), c => Assert.True(c.Overridden));
        Assert.Contains(await host.History(id), e => e is WindowChecked { IsOpen: true, Overridden: true });
        Assert.Equal("bob", (await host.Query(id)).OverriddenBy);
    }

    [Fact]
    public async Task Should_refuse_it_where_the_profile_forbids_overrides()
    {
        await using var host = await SagaTestHost.Start();
        host.Script.WindowAnswer = check => Windows.Closed(host.Time.GetUtcNow(), check: check) with { OverrideAllowed = false };
        var id = await host.Deploy();
        await host.InState(id, m => m.AwaitingWindow);

        await host.Send(new OverrideComplianceWindow { DeploymentId = id, Approver = "bob", Reason = "outage" });

        await host.InState(id, m => m.AwaitingWindow);
        Assert.Equal("the compliance profile does not allow emergency overrides", Assert.Single((await host.History(id)).OfType<OverrideRefused>()).Refusal);
        Assert.Empty(host.Harness.Published.Select<ComplianceWindowOverridden>());
        Assert.Single(host.Script.Sent<CheckComplianceWindow>());
    }

    [Fact]
    public async Task Should_refuse_the_requester_where_a_second_person_must_override()
    {
        await using var host = await SagaTestHost.Start();
        host.Script.WindowAnswer = check => Windows.Closed(host.Time.GetUtcNow(), check: check) with { OverrideRequiresSecondPerson = true };
        var id = await host.Deploy();
        await host.InState(id, m => m.AwaitingWindow);

        await host.Send(new OverrideComplianceWindow { DeploymentId = id, Approver = "alice", Reason = "outage" });
        await host.Send(new OverrideComplianceWindow { DeploymentId = id, Approver = "bob", Reason = "" });

        await host.InState(id, m => m.AwaitingWindow);
        Assert.Equal(
            ["'alice' requested this deployment and cannot override its window: a second person must", "an emergency override needs a reason"],
            (await host.History(id)).OfType<OverrideRefused>().Select(r => r.Refusal));
    }

    [Fact]
    public async Task Should_let_the_requester_break_glass_but_still_want_an_approval()
    {
        var closed = true;
        await using var host = await SagaTestHost.Start();
        host.Script.WindowAnswer = check => closed && !check.Overridden
            ? Windows.Closed(host.Time.GetUtcNow(), check: check)
            : Windows.Open(approval: true) with { Overridden = closed };
        var id = await host.Deploy();
        await host.InState(id, m => m.AwaitingWindow);

        await host.Send(new OverrideComplianceWindow { DeploymentId = id, Approver = "alice", Reason = "patient records unreadable" });

        await host.InState(id, m => m.AwaitingApproval);
        await host.Send(new ApproveDeployment { DeploymentId = id, Approver = "bob", Reason = "on-call consultant" });
        await host.InState(id, m => m.Succeeded);
    }

    [Fact]
    public async Task Should_take_a_second_person_s_override_as_the_approval()
    {
        await using var host = await SagaTestHost.Start();
        host.Script.WindowAnswer = check => !check.Overridden
            ? Windows.Closed(host.Time.GetUtcNow(), check: check)
            : Windows.Open(approval: true) with { Overridden = true };
        var id = await host.Deploy();
        await host.InState(id, m => m.AwaitingWindow);

        await host.Send(new OverrideComplianceWindow { DeploymentId = id, Approver = "bob", Reason = "settlement outage" });

        await host.InState(id, m => m.Succeeded);
        Assert.DoesNotContain(await host.History(id), e => e is ApprovalAwaited);
        Assert.Equal("bob", (await host.Query(id)).ApprovedBy);
    }

    [Fact]
    public async Task Should_open_a_window_that_closes_before_a_later_step()
    {
        await using var host = await SagaTestHost.Start();
        host.Script.WindowAnswer = Windows.ClosedBefore(3, () => true);
        var id = await host.Deploy();
        await host.InState(id, m => m.AwaitingWindow);

        await host.Send(new OverrideComplianceWindow { DeploymentId = id, Approver = "bob", Reason = "fix must land before the close" });

        await host.InState(id, m => m.Succeeded);
        Assert.Single((await host.History(id)).OfType<WindowReopened>(), r => r.StepIndex == 3);
    }
}
