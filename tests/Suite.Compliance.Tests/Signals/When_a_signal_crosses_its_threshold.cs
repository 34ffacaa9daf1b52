namespace Suite.Compliance.Tests.Signals;

public sealed class When_a_signal_crosses_its_threshold
{
    private static readonly DateTimeOffset Now = Zones.At("2026-11-24 11:30", Zones.NewYork);

    [Theory]
    [InlineData("trading-volume-ratio", 1.99, true)]
    [InlineData("trading-volume-ratio", 2.0, true)]
    [InlineData("trading-volume-ratio", 2.01, false)]
    [InlineData("market-volatility", 0.89, true)]
    [InlineData("market-volatility", 0.9, true)]
    [InlineData("market-volatility", 0.91, false)]
    public void Should_block_trading_deployments_only_strictly_above_the_threshold(string condition, double value, bool open)
    {
        var signals = BuiltIn.Signals(new SignalReading(condition, value, Now.AddMinutes(-1)));

        Assert.Equal(open, BuiltIn.Check(BuiltIn.UsEquities, Now, signals).IsOpen);
    }

    [Fact]
    public void Should_say_which_signal_blocks_and_ask_again_soon()
    {
        var signals = BuiltIn.Signals(new SignalReading("trading-volume-ratio", 2.5, Now.AddMinutes(-1)));

        var decision = BuiltIn.Check(BuiltIn.UsEquities, Now, signals);

        Assert.Equal("trading volume above twice its average: trading-volume-ratio is 2.5 (above 2)", decision.Reason);
        Assert.Null(decision.ReopensAt);
        Assert.Equal(Now.AddMinutes(1), decision.RecheckAt);
    }

    [Fact]
    public void Should_block_clinical_deployments_on_any_critical_patient_alert()
    {
        var at = Zones.At("2026-11-24 03:00", Zones.Chicago);

        var decision = BuiltIn.Check(BuiltIn.Clinical, at, BuiltIn.Signals(new SignalReading("critical-patient-alerts", 1, at)));

        Assert.False(decision.IsOpen);
        Assert.Equal("a critical patient alert is open: critical-patient-alerts is 1 (above 0)", decision.Reason);
    }

    [Fact]
    public void Should_match_condition_names_ignoring_case()
    {
        var signals = new Dictionary<string, SignalReading> { ["Market-Volatility"] = new("Market-Volatility", 0.95, Now) };

        Assert.False(BuiltIn.Check(BuiltIn.UsEquities, Now, signals).IsOpen);
    }

    [Fact]
    public void Should_give_the_calendar_reason_first_and_wait_for_the_calendar_when_both_close()
    {
        var at = Zones.At("2026-11-24 09:35", Zones.NewYork);

        var decision = BuiltIn.Check(BuiltIn.UsEquities, at, BuiltIn.Signals(new SignalReading("market-volatility", 0.95, at)));

        Assert.Equal("opening auction 09:30-09:40 America/New_York", decision.Reason);
        Assert.Equal(2, decision.Causes.Count);
        Assert.Equal(Zones.At("2026-11-24 09:40", Zones.NewYork), decision.RecheckAt);
    }
}
