namespace Suite.Compliance.Tests.UsEquities;

public sealed class When_the_Tokyo_close_is_near
{
    [Theory]
    [InlineData("2026-11-24 14:29", true)]
    [InlineData("2026-11-24 14:30", false)]
    [InlineData("2026-11-24 14:31", false)]
    [InlineData("2026-11-24 14:59", false)]
    [InlineData("2026-11-24 15:00", true)]
    [InlineData("2026-11-24 15:01", true)]
    public void Should_be_closed_for_the_30_minutes_before_15_00_Tokyo_time(string local, bool open)
    {
        Assert.Equal(open, BuiltIn.Check(BuiltIn.UsEquities, Zones.At(local, Zones.Tokyo)).IsOpen);
    }

    [Fact]
    public void Should_say_it_guards_the_close()
    {
        var decision = BuiltIn.Check(BuiltIn.UsEquities, Zones.At("2026-11-24 14:45", Zones.Tokyo));

        Assert.Equal("Tokyo close at 15:00 Asia/Tokyo (closed from 30m before)", decision.Reason);
        Assert.Equal(Zones.At("2026-11-24 15:00", Zones.Tokyo), decision.ReopensAt);
    }

    [Fact]
    public void Should_stay_open_on_a_Tokyo_Saturday()
    {
        Assert.True(BuiltIn.Check(BuiltIn.UsEquities, Zones.At("2026-11-28 14:45", Zones.Tokyo)).IsOpen);
    }
}
