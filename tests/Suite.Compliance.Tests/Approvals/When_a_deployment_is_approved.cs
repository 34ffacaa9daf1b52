using Suite.Contracts.Compliance;

namespace Suite.Compliance.Tests.Approvals;

public sealed class When_a_deployment_is_approved
{
    [Theory]
    [InlineData("alice", "alice")]
    [InlineData("alice", "Alice")]
    [InlineData("alice", "  ALICE ")]
    [InlineData(" alice ", "alice")]
    public void Should_refuse_the_requester_approving_their_own(string requester, string approver)
    {
        var check = ApprovalPolicy.CheckApproval(requester, approver, "looks good");

        Assert.False(check.Accepted);
        Assert.Equal("'alice' requested this deployment and cannot approve it: a second person must", check.Refusal, ignoreCase: true);
    }

    [Fact]
    public void Should_accept_a_second_person_with_a_reason()
    {
        Assert.Equal(ApprovalCheck.Accept, ApprovalPolicy.CheckApproval("alice", "bob", "reviewed the change"));
    }

    [Theory]
    [InlineData("", "ok", "an approval needs an approver")]
    [InlineData("bob", " ", "an approval needs a reason")]
    [InlineData(" ", "", "an approval needs an approver and a reason")]
    public void Should_refuse_an_approval_without_an_approver_or_a_reason(string approver, string reason, string refusal)
    {
        Assert.Equal(ApprovalCheck.Refuse(refusal), ApprovalPolicy.CheckApproval("alice", approver, reason));
    }

    [Theory]
    [InlineData("production", true)]
    [InlineData(" Production ", true)]
    [InlineData("staging", false)]
    public void Should_be_required_in_the_environments_the_profile_names(string environment, bool required)
    {
        var decision = ComplianceEvaluator.Evaluate(BuiltIn.UsEquities, Zones.At("2026-11-24 11:30", Zones.NewYork), null, new DeploymentContext(environment));

        Assert.Equal(required, decision.RequiresApproval);
        Assert.Equal(required ? "MiFID II / Dodd-Frank: a second person approves every production deployment" : null, decision.ApprovalReason);
    }

    [Fact]
    public void Should_not_be_required_by_the_default_profile()
    {
        Assert.False(ComplianceEvaluator.Evaluate(BuiltIn.Default, Zones.Utc("2026-11-24 11:30"), null, new DeploymentContext("production")).RequiresApproval);
    }
}
