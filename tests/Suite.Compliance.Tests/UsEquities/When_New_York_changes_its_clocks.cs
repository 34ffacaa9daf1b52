namespace Suite.Compliance.Tests.UsEquities;

public sealed class When_New_York_changes_its_clocks
{
    // New York moves to daylight time on 2026-03-08 and back on 2026-11-01: 09:30 is 14:30 UTC in winter, 13:30 UTC in summer.
    [Theory]
    [InlineData("2026-03-06 14:29", true)]
    [InlineData("2026-03-06 14:30", false)]
    [InlineData("2026-03-06 14:39", false)]
    [InlineData("2026-03-06 14:40", true)]
    [InlineData("2026-03-09 13:29", true)]
    [InlineData("2026-03-09 13:30", false)]
    [InlineData("2026-03-09 13:39", false)]
    [InlineData("2026-03-09 13:40", true)]
    [InlineData("2026-03-09 14:30", true)]
    [InlineData("2026-10-30 13:29", true)]
    [InlineData("2026-10-30 13:30", false)]
    [InlineData("2026-10-30 13:40", true)]
    [InlineData("2026-11-02 13:30", true)]
    [InlineData("2026-11-02 14:29", true)]
    [InlineData("2026-11-02 14:30", false)]
    [InlineData("2026-11-02 14:40", true)]
    public void Should_keep_the_opening_auction_at_09_30_local(string utc, bool open)
    {
        Assert.Equal(open, BuiltIn.Check(BuiltIn.UsEquities, Zones.Utc(utc)).IsOpen);
    }
}
