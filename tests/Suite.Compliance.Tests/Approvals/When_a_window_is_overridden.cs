using Suite.ComplianceWindows.Approvals;
using Suite.Contracts.Compliance;

namespace Suite.Compliance.Tests.Approvals;

public sealed class When_a_window_is_overridden
{
    private static readonly DateTimeOffset Closed = Zones.At("2026-11-24 09:35", Zones.NewYork);

    [Fact]
    public void Should_open_the_closed_window_and_say_what_it_opened()
    {
        var decision = ComplianceEvaluator.Evaluate(BuiltIn.UsEquities, Closed, null, new DeploymentContext("production", Overridden: true));

        Assert.True(decision.IsOpen);
        Assert.True(decision.Overridden);
        Assert.Equal("opening auction 09:30-09:40 America/New_York", decision.OverriddenReason);
        Assert.Null(decision.Reason);
    }

    [Fact]
    public void Should_open_past_a_blocking_signal_too()
    {
        var at = Zones.At("2026-11-24 03:00", Zones.Chicago);

        var decision = ComplianceEvaluator.Evaluate(BuiltIn.Clinical, at, BuiltIn.Signals(), new DeploymentContext("production", Overridden: true));

        Assert.True(decision is { IsOpen: true, Overridden: true, OverriddenReason: "critical-patient-alerts is unknown: no report" });
    }

    [Fact]
    public void Should_not_be_marked_overridden_where_the_window_is_open_anyway()
    {
        var decision = ComplianceEvaluator.Evaluate(BuiltIn.UsEquities, Closed.AddMinutes(10), null, new DeploymentContext("production", Overridden: true));

        Assert.True(decision is { IsOpen: true, Overridden: false, OverriddenReason: null });
    }

    [Fact]
    public void Should_stay_closed_where_the_profile_allows_no_overrides()
    {
        var strict = BuiltIn.UsEquities with { Overrides = new OverridePolicy { Allowed = false } };

        Assert.False(ComplianceEvaluator.Evaluate(strict, Closed, null, new DeploymentContext("production", Overridden: true)).IsOpen);
    }

    [Fact]
    public void Should_need_an_approver_and_a_reason()
    {
        Assert.Equal(ApprovalCheck.Refuse("an emergency override needs a reason"), ApprovalPolicy.CheckOverride(true, false, "alice", "bob", ""));
        Assert.Equal(ApprovalCheck.Refuse("an emergency override needs an approver"), ApprovalPolicy.CheckOverride(true, false, "alice", null, "outage"));
    }

    [Fact]
    public void Should_refuse_the_requester_where_the_profile_asks_for_a_second_person()
    {
        Assert.False(ApprovalPolicy.CheckOverride(allowed: true, secondPerson: true, "alice", "ALICE", "outage").Accepted);
        Assert.True(ApprovalPolicy.CheckOverride(allowed: true, secondPerson: true, "alice", "bob", "outage").Accepted);
    }

    [Fact]
    public void Should_let_the_requester_break_the_glass_where_the_profile_allows_it()
    {
        Assert.True(ApprovalPolicy.CheckOverride(allowed: true, secondPerson: false, "alice", "alice", "patient records down").Accepted);
    }

    [Fact]
    public void Should_refuse_every_override_where_the_profile_allows_none()
    {
        Assert.Equal(
            ApprovalCheck.Refuse("the compliance profile does not allow emergency overrides"),
            ApprovalPolicy.CheckOverride(allowed: false, secondPerson: false, "alice", "bob", "outage"));
    }
}
