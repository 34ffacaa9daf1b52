namespace Suite.Compliance.Tests.Clinical;

public sealed class When_the_off_hours_window_is_near
{
    [Theory]
    [InlineData("2026-11-24 01:59", false)]
    [InlineData("2026-11-24 02:00", true)]
    [InlineData("2026-11-24 02:01", true)]
    [InlineData("2026-11-24 05:59", true)]
    [InlineData("2026-11-24 06:00", false)]
    [InlineData("2026-11-24 06:01", false)]
    public void Should_be_open_only_from_02_00_to_06_00_in_the_hospital_time_zone(string local, bool open)
    {
        Assert.Equal(open, BuiltIn.Check(BuiltIn.Clinical, Zones.At(local, Zones.Chicago)).IsOpen);
    }

    [Fact]
    public void Should_say_why_and_reopen_at_02_00_the_next_night()
    {
        var decision = BuiltIn.Check(BuiltIn.Clinical, Zones.At("2026-11-24 09:00", Zones.Chicago));

        Assert.Equal("outside the allowed time: off-hours 02:00-06:00 America/Chicago", decision.Reason);
        Assert.Equal(Zones.At("2026-11-25 02:00", Zones.Chicago), decision.ReopensAt);
    }

    [Fact]
    public void Should_tell_an_open_window_that_it_closes_at_06_00()
    {
        var decision = BuiltIn.Check(BuiltIn.Clinical, Zones.At("2026-11-24 03:00", Zones.Chicago));

        Assert.Equal(Zones.At("2026-11-24 06:00", Zones.Chicago), decision.ClosesAt);
    }

    [Fact]
    public void Should_open_only_in_the_window_while_a_fresh_report_says_no_critical_alert_is_open()
    {
        var at = Zones.At("2026-11-24 03:00", Zones.Chicago);
        var noAlert = BuiltIn.Signals(new SignalReading("critical-patient-alerts", 0, at.AddMinutes(-1)));

        Assert.True(BuiltIn.Check(BuiltIn.Clinical, at, noAlert).IsOpen);
        var later = at.AddHours(4);
        Assert.False(BuiltIn.Check(BuiltIn.Clinical, later, BuiltIn.Signals(new SignalReading("critical-patient-alerts", 0, later))).IsOpen);
    }
}
