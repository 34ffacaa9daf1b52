namespace Suite.Compliance.Tests.UsEquities;

public sealed class When_the_opening_auction_is_near
{
    [Theory]
    [InlineData("2026-11-23 09:29", true)]
    [InlineData("2026-11-23 09:30", false)]
    [InlineData("2026-11-23 09:31", false)]
    [InlineData("2026-11-23 09:39", false)]
    [InlineData("2026-11-23 09:40", true)]
    [InlineData("2026-11-23 09:41", true)]
    public void Should_be_closed_from_09_30_to_09_40_New_York_time(string local, bool open)
    {
        Assert.Equal(open, BuiltIn.Check(BuiltIn.UsEquities, Zones.At(local, Zones.NewYork)).IsOpen);
    }

    [Fact]
    public void Should_say_why_and_reopen_at_09_40()
    {
        var decision = BuiltIn.Check(BuiltIn.UsEquities, Zones.At("2026-11-23 09:35", Zones.NewYork));

        Assert.Equal("opening auction 09:30-09:40 America/New_York", decision.Reason);
        Assert.Equal(Zones.At("2026-11-23 09:40", Zones.NewYork), decision.ReopensAt);
        Assert.Equal(decision.ReopensAt, decision.RecheckAt);
    }

    [Fact]
    public void Should_tell_an_open_window_when_it_closes()
    {
        var decision = BuiltIn.Check(BuiltIn.UsEquities, Zones.At("2026-11-23 09:10", Zones.NewYork));

        Assert.True(decision.IsOpen);
        Assert.Equal(Zones.At("2026-11-23 09:30", Zones.NewYork), decision.ClosesAt);
    }

    [Fact]
    public void Should_stay_open_on_a_weekend()
    {
        Assert.True(BuiltIn.Check(BuiltIn.UsEquities, Zones.At("2026-11-21 09:35", Zones.NewYork)).IsOpen);
    }
}
