namespace Suite.Compliance.Tests.Signals;

public sealed class When_a_signal_goes_stale
{
    private static readonly DateTimeOffset Reported = Zones.At("2026-11-24 11:00", Zones.NewYork);

    // us-equities: a 5-minute time-to-live, and unknown does not block.
    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    [InlineData(6, true)]
    public void Should_stop_blocking_once_older_than_its_time_to_live_where_unknown_does_not_block(int minutesLater, bool open)
    {
        var signals = BuiltIn.Signals(new SignalReading("trading-volume-ratio", 3, Reported));

        Assert.Equal(open, BuiltIn.Check(BuiltIn.UsEquities, Reported.AddMinutes(minutesLater), signals).IsOpen);
    }

    [Fact]
    public void Should_ask_again_when_a_blocking_report_goes_stale_where_that_reopens()
    {
        var signals = BuiltIn.Signals(new SignalReading("trading-volume-ratio", 3, Reported));

        Assert.Equal(Reported.AddMinutes(5), BuiltIn.Check(BuiltIn.UsEquities, Reported.AddMinutes(4).AddSeconds(30), signals).RecheckAt);
    }

    // clinical: a 2-minute time-to-live, and unknown blocks.
    [Theory]
    [InlineData(1, true)]
    [InlineData(2, false)]
    [InlineData(3, false)]
    public void Should_block_once_older_than_its_time_to_live_where_unknown_blocks(int minutesLater, bool open)
    {
        var reported = Zones.At("2026-11-24 03:00", Zones.Chicago);
        var signals = BuiltIn.Signals(new SignalReading("critical-patient-alerts", 0, reported));

        Assert.Equal(open, BuiltIn.Check(BuiltIn.Clinical, reported.AddMinutes(minutesLater), signals).IsOpen);
    }

    [Fact]
    public void Should_say_the_condition_is_unknown_and_why()
    {
        var at = Zones.At("2026-11-24 03:00", Zones.Chicago);
        var stale = BuiltIn.Signals(new SignalReading("critical-patient-alerts", 0, at.AddMinutes(-10)));

        var decision = BuiltIn.Check(BuiltIn.Clinical, at, stale);

        Assert.StartsWith("critical-patient-alerts is unknown: its last report (", decision.Reason);
        Assert.EndsWith(") is older than 2m", decision.Reason);
        Assert.Equal(at.AddMinutes(1), decision.RecheckAt);
    }

    [Fact]
    public void Should_count_a_condition_never_reported_as_unknown()
    {
        var decision = BuiltIn.Check(BuiltIn.Clinical, Zones.At("2026-11-24 03:00", Zones.Chicago), BuiltIn.Signals());

        Assert.Equal("critical-patient-alerts is unknown: no report", decision.Reason);
    }
}
