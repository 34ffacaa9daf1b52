namespace Suite.Compliance.Tests.UsEquities;

public sealed class When_an_FOMC_announcement_is_near
{
    // Statement at 14:00, press conference until 15:30; closed from 30 minutes before.
    [Theory]
    [InlineData("2026-03-18 13:29", true)]
    [InlineData("2026-03-18 13:30", false)]
    [InlineData("2026-03-18 13:31", false)]
    [InlineData("2026-03-18 14:00", false)]
    [InlineData("2026-03-18 15:29", false)]
    [InlineData("2026-03-18 15:30", true)]
    [InlineData("2026-03-18 15:31", true)]
    public void Should_be_closed_from_30_minutes_before_until_it_ends(string local, bool open)
    {
        Assert.Equal(open, BuiltIn.Check(BuiltIn.UsEquities, Zones.At(local, Zones.NewYork)).IsOpen);
    }

    [Fact]
    public void Should_say_which_session_and_reopen_when_it_ends()
    {
        var decision = BuiltIn.Check(BuiltIn.UsEquities, Zones.At("2026-03-18 13:45", Zones.NewYork));

        Assert.Equal("critical session: FOMC announcement 2026-03-18 14:00-15:30 America/New_York (closed from 30m before)", decision.Reason);
        Assert.Equal(Zones.At("2026-03-18 15:30", Zones.NewYork), decision.ReopensAt);
    }

    [Fact]
    public void Should_stay_open_at_that_time_on_other_days()
    {
        Assert.True(BuiltIn.Check(BuiltIn.UsEquities, Zones.At("2026-03-19 13:45", Zones.NewYork)).IsOpen);
    }
}
