using Suite.Contracts;
using Suite.Contracts.Compliance;
using Suite.Testing;

namespace Suite.Compliance.Tests.Service;

public sealed class When_a_window_is_checked_over_the_bus
{
    private readonly ManualTimeProvider _clock = new(Zones.At("2026-11-23 09:35", Zones.NewYork));

    [Fact]
    public async Task Should_answer_closed_with_why_when_it_reopens_and_until_when_to_wait()
    {
        await using var service = await ComplianceService.Start(_clock);
        var waitingSince = _clock.GetUtcNow().AddHours(-1);

        var answer = await service.Check(Check("us-equities") with { StepIndex = 2, WaitingSince = waitingSince });

        Assert.False(answer.IsOpen);
        Assert.False(answer.Permanent);
        Assert.Equal(2, answer.StepIndex);
        Assert.Equal("opening auction 09:30-09:40 America/New_York", answer.Reason);
        Assert.Equal(Zones.At("2026-11-23 09:40", Zones.NewYork), answer.ReopensAt);
        Assert.Equal(answer.ReopensAt, answer.RecheckAt);
        Assert.Equal(TimeSpan.FromHours(24), answer.MaxWait);
        Assert.Equal(waitingSince.AddHours(24), answer.GiveUpAt);
        Assert.Equal(_clock.GetUtcNow(), answer.CheckedAt);
    }

    [Fact]
    public async Task Should_tell_what_the_profile_demands()
    {
        await using var service = await ComplianceService.Start(_clock);

        var answer = await service.Check(Check("us-equities"));

        Assert.True(answer.RequiresApproval);
        Assert.Equal("MiFID II / Dodd-Frank: a second person approves every production deployment", answer.ApprovalReason);
        Assert.Equal(["MiFID II", "Dodd-Frank"], answer.Frameworks);
        Assert.True(answer is { OverrideAllowed: true, OverrideRequiresSecondPerson: true });
    }

    [Fact]
    public async Task Should_answer_open_with_when_it_next_closes()
    {
        _clock.SetUtcNow(Zones.At("2026-11-23 09:45", Zones.NewYork));
        await using var service = await ComplianceService.Start(_clock);

        var answer = await service.Check(Check("us-equities") with { WaitingSince = _clock.GetUtcNow().AddHours(-1) });

        Assert.True(answer.IsOpen);
        Assert.Equal(Zones.At("2026-11-23 16:00", Zones.London), answer.ClosesAt);
        Assert.Null(answer.GiveUpAt);
    }

    [Fact]
    public async Task Should_answer_open_under_an_override_and_say_what_it_opened()
    {
        await using var service = await ComplianceService.Start(_clock);

        var answer = await service.Check(Check("us-equities") with { Overridden = true });

        Assert.True(answer is { IsOpen: true, Overridden: true, OverriddenReason: "opening auction 09:30-09:40 America/New_York" });
    }

    [Fact]
    public async Task Should_block_while_a_reported_signal_crosses_its_threshold_and_not_once_it_is_stale()
    {
        _clock.SetUtcNow(Zones.At("2026-11-23 11:30", Zones.NewYork));
        await using var service = await ComplianceService.Start(_clock);
        await service.Report(new ConditionReported { Name = "trading-volume-ratio", Value = 2.4, Source = "market-data", ReportedAt = _clock.GetUtcNow() });

        var blocked = await service.Check(Check("us-equities"));
        _clock.Advance(TimeSpan.FromMinutes(5));
        var stale = await service.Check(Check("us-equities"));

        Assert.Equal("trading volume above twice its average: trading-volume-ratio is 2.4 (above 2)", blocked.Reason);
        Assert.Null(blocked.ReopensAt);
        Assert.Equal(_clock.GetUtcNow().AddMinutes(-4), blocked.RecheckAt);
        Assert.True(stale.IsOpen);
    }

    [Fact]
    public async Task Should_keep_the_newer_report_when_an_older_one_arrives_late()
    {
        _clock.SetUtcNow(Zones.At("2026-11-23 11:30", Zones.NewYork));
        await using var service = await ComplianceService.Start(_clock);
        await service.Report(new ConditionReported { Name = "market-volatility", Value = 0.95, ReportedAt = _clock.GetUtcNow() });
        await service.Report(new ConditionReported { Name = "market-volatility", Value = 0.2, ReportedAt = _clock.GetUtcNow().AddMinutes(-1) });

        Assert.False((await service.Check(Check("us-equities"))).IsOpen);
    }

    [Fact]
    public async Task Should_answer_closed_for_good_for_an_unknown_profile()
    {
        await using var service = await ComplianceService.Start(_clock);

        var answer = await service.Check(Check("nasdaq") with { StepIndex = 1 });

        Assert.True(answer is { IsOpen: false, Permanent: true, Reason: "unknown compliance profile 'nasdaq'", ReopensAt: null, RecheckAt: null, StepIndex: 1 });
    }

    private CheckComplianceWindow Check(string profile) => new()
    {
        DeploymentId = Guid.NewGuid(), Application = "shop", Environment = "production", ComplianceProfile = profile, RequestedAt = _clock.GetUtcNow(),
    };
}
