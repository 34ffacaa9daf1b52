namespace Suite.Compliance.Tests.UsEquities;

public sealed class When_monthly_options_expire
{
    // 2026-11-20 is November's third Friday.
    [Theory]
    [InlineData("2026-11-20 15:44", true)]
    [InlineData("2026-11-20 15:45", false)]
    [InlineData("2026-11-20 15:46", false)]
    [InlineData("2026-11-20 16:14", false)]
    [InlineData("2026-11-20 16:15", true)]
    [InlineData("2026-11-20 16:16", true)]
    public void Should_be_closed_from_15_45_to_16_15_on_the_third_Friday(string local, bool open)
    {
        Assert.Equal(open, BuiltIn.Check(BuiltIn.UsEquities, Zones.At(local, Zones.NewYork)).IsOpen);
    }

    [Fact]
    public void Should_name_the_expiry_as_it_began_before_the_closing_auction()
    {
        var decision = BuiltIn.Check(BuiltIn.UsEquities, Zones.At("2026-11-20 16:00", Zones.NewYork));

        Assert.Equal("monthly options expiry (third Friday) 15:45-16:15 America/New_York", decision.Reason);
        Assert.Contains("closing auction 15:50-16:10 America/New_York", decision.Causes);
        Assert.Equal(Zones.At("2026-11-20 16:15", Zones.NewYork), decision.ReopensAt);
    }

    [Theory]
    [InlineData("2026-11-13 15:45")]
    [InlineData("2026-11-27 15:45")]
    public void Should_stay_open_at_15_45_on_other_Fridays(string local)
    {
        Assert.True(BuiltIn.Check(BuiltIn.UsEquities, Zones.At(local, Zones.NewYork)).IsOpen);
    }

    [Fact]
    public void Should_move_to_Thursday_when_the_third_Friday_is_an_exchange_holiday()
    {
        // Juneteenth 2026 is June's third Friday.
        Assert.False(BuiltIn.Check(BuiltIn.UsEquities, Zones.At("2026-06-18 15:45", Zones.NewYork)).IsOpen);
        Assert.True(BuiltIn.Check(BuiltIn.UsEquities, Zones.At("2026-06-19 15:45", Zones.NewYork)).IsOpen);
        Assert.True(BuiltIn.Check(BuiltIn.UsEquities, Zones.At("2026-06-11 15:45", Zones.NewYork)).IsOpen);
    }
}
