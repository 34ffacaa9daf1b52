namespace Suite.Compliance.Tests.UsEquities;

public sealed class When_the_exchange_is_on_holiday
{
    [Theory]
    [InlineData("2026-11-26 09:35")]
    [InlineData("2026-11-26 15:55")]
    [InlineData("2026-12-25 09:35")]
    [InlineData("2027-03-26 09:35")]
    [InlineData("2027-07-05 16:00")]
    [InlineData("2027-12-24 09:35")]
    public void Should_have_no_auction_closures(string local)
    {
        Assert.True(BuiltIn.Check(BuiltIn.UsEquities, Zones.At(local, Zones.NewYork)).IsOpen);
    }

    [Theory]
    [InlineData("2026-11-25 09:35")]
    [InlineData("2026-11-27 09:35")]
    [InlineData("2027-03-25 15:55")]
    public void Should_close_for_the_auctions_on_the_trading_days_around_it(string local)
    {
        Assert.False(BuiltIn.Check(BuiltIn.UsEquities, Zones.At(local, Zones.NewYork)).IsOpen);
    }

    [Fact]
    public void Should_list_every_NYSE_full_day_holiday_of_2026_and_2027_on_a_weekday()
    {
        var nyse = Assert.Single(BuiltIn.UsEquities.Holidays, h => h.Name == "nyse");

        Assert.Equal(10, nyse.Dates.Keys.Count(d => d.Year == 2026));
        Assert.Equal(10, nyse.Dates.Keys.Count(d => d.Year == 2027));
        Assert.All(nyse.Dates.Keys, d => Assert.InRange(d.DayOfWeek, DayOfWeek.Monday, DayOfWeek.Friday));
        Assert.Equal("Thanksgiving Day", nyse.Dates[new DateOnly(2026, 11, 26)]);
    }

    [Fact]
    public void Should_reopen_after_the_closing_auction_of_the_day_before()
    {
        var decision = BuiltIn.Check(BuiltIn.UsEquities, Zones.At("2026-11-25 15:55", Zones.NewYork));

        Assert.Equal(Zones.At("2026-11-25 16:10", Zones.NewYork), decision.ReopensAt);
    }
}
