namespace Suite.Compliance.Tests.Clinical;

public sealed class When_Chicago_changes_its_clocks
{
    // 2026-03-08: 02:00 CST jumps to 03:00 CDT at 08:00 UTC, so the night's window is 03:00-06:00 CDT, three hours.
    [Theory]
    [InlineData("2026-03-08 07:59", false)]
    [InlineData("2026-03-08 08:00", true)]
    [InlineData("2026-03-08 08:01", true)]
    [InlineData("2026-03-08 10:59", true)]
    [InlineData("2026-03-08 11:00", false)]
    [InlineData("2026-03-08 11:01", false)]
    public void Should_skip_the_lost_hour_on_the_spring_forward_night(string utc, bool open)
    {
        Assert.Equal(open, BuiltIn.Check(BuiltIn.Clinical, Zones.Utc(utc)).IsOpen);
    }

    // 2026-11-01: 02:00 CDT falls back to 01:00 CST at 07:00 UTC; 01:xx happens twice, 02:00 CST is 08:00 UTC.
    [Theory]
    [InlineData("2026-11-01 06:30", false)]
    [InlineData("2026-11-01 07:30", false)]
    [InlineData("2026-11-01 07:59", false)]
    [InlineData("2026-11-01 08:00", true)]
    [InlineData("2026-11-01 08:01", true)]
    [InlineData("2026-11-01 11:59", true)]
    [InlineData("2026-11-01 12:00", false)]
    [InlineData("2026-11-01 12:01", false)]
    public void Should_open_at_02_00_standard_time_on_the_fall_back_night(string utc, bool open)
    {
        Assert.Equal(open, BuiltIn.Check(BuiltIn.Clinical, Zones.Utc(utc)).IsOpen);
    }

    [Fact]
    public void Should_reopen_at_the_jump_when_asked_before_the_spring_forward_night()
    {
        Assert.Equal(Zones.Utc("2026-03-08 08:00"), BuiltIn.Check(BuiltIn.Clinical, Zones.Utc("2026-03-08 07:00")).ReopensAt);
    }

    [Fact]
    public void Should_reopen_at_02_00_standard_time_when_asked_during_the_first_01_30()
    {
        Assert.Equal(Zones.Utc("2026-11-01 08:00"), BuiltIn.Check(BuiltIn.Clinical, Zones.Utc("2026-11-01 06:30")).ReopensAt);
    }
}
