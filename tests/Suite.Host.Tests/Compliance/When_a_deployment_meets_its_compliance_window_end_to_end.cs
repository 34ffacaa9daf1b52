using Suite.Cluster;

namespace Suite.Host.Tests.Compliance;

/// <summary>
/// The real ComplianceWindows service with its shipped profiles, the saga and the simulated cluster on
/// a clock that starts where the profile's rules bite.
/// </summary>
public sealed class When_a_deployment_meets_its_compliance_window_end_to_end
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly TimeZoneInfo Chicago = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");

    [Fact]
    public async Task Should_hold_between_steps_through_the_opening_auction_after_a_second_person_approved()
    {
        // Monday 2026-11-23, a NYSE trading day, 09:28:30 in New York: open until the opening auction at 09:30.
        var start = At(NewYork, new DateTime(2026, 11, 23, 9, 28, 30));
        await using var suite = await EmbeddedSuiteHost.Start(start: start);
        // Six steps of one pod, each at least 16 s (pod start-up, drain, stabilization): the last ones fall in the auction.
        suite.Cluster.Seed(new WorkloadRef("retail", "desk"), "desk:1", 6);
        var request = EmbeddedSuiteHost.Request("desk", "desk:2", 6, "1", "0") with { ComplianceProfile = "us-equities" };

        await suite.Bus.Publish(request);
        var waiting = await suite.WaitFor(request.DeploymentId, r => r.State == "AwaitingApproval");
        Assert.StartsWith("awaiting approval: MiFID II", waiting.WaitingFor);
        await suite.Bus.Publish(new ApproveDeployment { DeploymentId = request.DeploymentId, Approver = "risk-officer", Reason = "CAB-1142" });
        var report = await suite.WaitFor(request.DeploymentId, r => r.IsTerminal);

        Assert.Equal("Succeeded", report.State);
        Assert.Equal(6, suite.Version("desk", "desk:2")!.Ready);
        var history = (await suite.History(request.DeploymentId)).Entries;
        var held = history.SingleOrDefault(e => e.Type == "WindowWaitStarted");
        Assert.True(held is not null, string.Join("\n", history.Select(e => $"{e.RecordedAt:HH:mm:ss} {e.Type} {e.Summary}")));
        Assert.Matches("holding before step [1-6]: opening auction", held.Summary);
        var auction = (From: At(NewYork, new DateTime(2026, 11, 23, 9, 30, 0)), To: At(NewYork, new DateTime(2026, 11, 23, 9, 40, 0)));
        Assert.DoesNotContain(history, e => e.Type == "StepStarted" && e.RecordedAt >= auction.From && e.RecordedAt < auction.To);
        var reopened = Assert.Single(history, e => e.Type == "WindowReopened");
        // At 09:40 on the suite's clock, which runs 40 times faster than a busy machine's scheduling latency.
        Assert.InRange(reopened.RecordedAt, auction.To, auction.To.AddMinutes(3));
        Assert.Contains(history, e => e.Type == "StepStarted" && e.RecordedAt >= auction.To);
        Assert.Contains(history, e => e.Type == "ApprovalGranted" && e.Summary.Contains("risk-officer"));
    }

    [Fact]
    public async Task Should_let_an_emergency_override_through_the_clinical_window_and_raise_it_as_critical()
    {
        // 09:00 in Chicago: the clinical profile allows deployments only 02:00-06:00.
        await using var suite = await EmbeddedSuiteHost.Start(start: At(Chicago, new DateTime(2026, 11, 24, 9, 0, 0)));
        suite.Cluster.Seed(new WorkloadRef("retail", "ehr"), "ehr:1", 2);
        await suite.Bus.Publish(new ConditionReported { Name = "critical-patient-alerts", Value = 0, Source = "alerting", ReportedAt = suite.Time.GetUtcNow() });
        var request = EmbeddedSuiteHost.Request("ehr", "ehr:2", 2, "1", "0") with { ComplianceProfile = "clinical", RequestedBy = "dev-alice" };

        await suite.Bus.Publish(request);
        var waiting = await suite.WaitFor(request.DeploymentId, r => r.State == "AwaitingWindow");
        Assert.Contains("off-hours 02:00-06:00", waiting.WaitingFor);
        await suite.Bus.Publish(new OverrideComplianceWindow { DeploymentId = request.DeploymentId, Approver = "dr-bob", Reason = "medication list outage" });
        var report = await suite.WaitFor(request.DeploymentId, r => r.IsTerminal);

        Assert.Equal(("Succeeded", "dr-bob", "dr-bob"), (report.State, report.OverriddenBy, report.ApprovedBy));
        var history = (await suite.History(request.DeploymentId)).Entries;
        Assert.Contains(history, e => e.Type == "WindowOverridden" && e.Summary.Contains("medication list outage") && e.Summary.Contains("off-hours"));
        var critical = await suite.Notified(n => n.Kind == "ComplianceWindowOverridden");
        Assert.Equal(NotificationSeverity.Critical, critical.Severity);
    }

    private static DateTimeOffset At(TimeZoneInfo zone, DateTime local) => new(local, zone.GetUtcOffset(local));
}
