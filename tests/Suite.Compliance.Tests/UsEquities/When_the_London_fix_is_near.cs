namespace Suite.Compliance.Tests.UsEquities;

public sealed class When_the_London_fix_is_near
{
    [Theory]
    [InlineData("2026-11-24 15:59", true)]
    [InlineData("2026-11-24 16:00", false)]
    [InlineData("2026-11-24 16:01", false)]
    [InlineData("2026-11-24 16:04", false)]
    [InlineData("2026-11-24 16:05", true)]
    [InlineData("2026-11-24 16:06", true)]
    public void Should_be_closed_from_16_00_to_16_05_London_time(string local, bool open)
    {
        Assert.Equal(open, BuiltIn.Check(BuiltIn.UsEquities, Zones.At(local, Zones.London)).IsOpen);
    }

    // The UK moves its clocks on 2026-03-29 and 2026-10-25, weeks apart from New York (03-08 and 11-01).
    [Theory]
    [InlineData("2026-03-27 15:59", true)]
    [InlineData("2026-03-27 16:00", false)]
    [InlineData("2026-03-27 16:04", false)]
    [InlineData("2026-03-27 16:05", true)]
    [InlineData("2026-03-30 14:59", true)]
    [InlineData("2026-03-30 15:00", false)]
    [InlineData("2026-03-30 15:04", false)]
    [InlineData("2026-03-30 15:05", true)]
    [InlineData("2026-03-30 16:00", true)]
    [InlineData("2026-10-23 15:00", false)]
    [InlineData("2026-10-23 16:00", true)]
    [InlineData("2026-10-26 15:00", true)]
    [InlineData("2026-10-26 16:00", false)]
    public void Should_follow_London_across_its_daylight_saving_changes(string utc, bool open)
    {
        Assert.Equal(open, BuiltIn.Check(BuiltIn.UsEquities, Zones.Utc(utc)).IsOpen);
    }

    [Fact]
    public void Should_fall_at_noon_in_New_York_while_only_New_York_has_moved_its_clocks()
    {
        var decision = BuiltIn.Check(BuiltIn.UsEquities, Zones.At("2026-03-20 12:02", Zones.NewYork));

        Assert.Equal("London 4pm fix 16:00-16:05 Europe/London", decision.Reason);
        Assert.Equal(Zones.At("2026-03-20 12:05", Zones.NewYork), decision.ReopensAt);
    }
}
