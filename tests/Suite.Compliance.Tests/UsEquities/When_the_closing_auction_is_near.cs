namespace Suite.Compliance.Tests.UsEquities;

public sealed class When_the_closing_auction_is_near
{
    [Theory]
    [InlineData("2026-11-24 15:49", true)]
    [InlineData("2026-11-24 15:50", false)]
    [InlineData("2026-11-24 15:51", false)]
    [InlineData("2026-11-24 16:09", false)]
    [InlineData("2026-11-24 16:10", true)]
    [InlineData("2026-11-24 16:11", true)]
    public void Should_be_closed_from_15_50_to_16_10_New_York_time(string local, bool open)
    {
        Assert.Equal(open, BuiltIn.Check(BuiltIn.UsEquities, Zones.At(local, Zones.NewYork)).IsOpen);
    }

    [Fact]
    public void Should_say_why_and_reopen_at_16_10()
    {
        var decision = BuiltIn.Check(BuiltIn.UsEquities, Zones.At("2026-11-24 16:00", Zones.NewYork));

        Assert.Equal("closing auction 15:50-16:10 America/New_York", decision.Reason);
        Assert.Equal(Zones.At("2026-11-24 16:10", Zones.NewYork), decision.ReopensAt);
    }
}
