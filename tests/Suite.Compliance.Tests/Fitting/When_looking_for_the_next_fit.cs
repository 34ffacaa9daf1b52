namespace Suite.Compliance.Tests.Fitting;

public sealed class When_looking_for_the_next_fit
{
    [Fact]
    public void Should_start_when_the_window_reopens_if_the_deployment_fits_there()
    {
        var fit = ComplianceEvaluator.NextFit(BuiltIn.UsEquities, TimeSpan.FromMinutes(45), Zones.At("2026-11-23 09:35", Zones.NewYork));

        Assert.Equal(Zones.At("2026-11-23 09:40", Zones.NewYork), fit?.Start);
        Assert.Equal(Zones.At("2026-11-23 16:00", Zones.London), fit?.OpenUntil);
    }

    [Fact]
    public void Should_start_at_once_when_it_fits_now()
    {
        var after = Zones.At("2026-11-23 12:00", Zones.NewYork);

        Assert.Equal(after, ComplianceEvaluator.NextFit(BuiltIn.UsEquities, TimeSpan.FromHours(3), after)?.Start);
    }

    [Theory]
    [InlineData(15, "2026-11-24 15:35")]
    [InlineData(16, "2026-11-24 16:10")]
    public void Should_skip_open_time_too_short_for_it(int minutes, string start)
    {
        var fit = ComplianceEvaluator.NextFit(BuiltIn.UsEquities, TimeSpan.FromMinutes(minutes), Zones.At("2026-11-24 15:35", Zones.NewYork));

        Assert.Equal(Zones.At(start, Zones.NewYork), fit?.Start);
    }

    [Fact]
    public void Should_fit_a_clinical_deployment_into_the_next_night()
    {
        var fit = ComplianceEvaluator.NextFit(BuiltIn.Clinical, TimeSpan.FromHours(4), Zones.At("2026-11-24 02:01", Zones.Chicago));

        Assert.Equal(Zones.At("2026-11-25 02:00", Zones.Chicago), fit?.Start);
        Assert.Equal(Zones.At("2026-11-25 06:00", Zones.Chicago), fit?.OpenUntil);
    }

    [Fact]
    public void Should_find_nothing_for_a_deployment_longer_than_any_open_time()
    {
        Assert.Null(ComplianceEvaluator.NextFit(BuiltIn.Clinical, TimeSpan.FromHours(5), Zones.At("2026-11-24 01:00", Zones.Chicago)));
    }

    [Fact]
    public void Should_fit_after_a_freeze_longer_than_the_search_horizon()
    {
        var profile = BuiltIn.Default with
        {
            Freezes = [new Freeze { From = Zones.Utc("2026-12-01 00:00"), To = Zones.Utc("2027-01-04 06:00"), Reason = "year end" }],
        };

        var fit = ComplianceEvaluator.NextFit(profile, TimeSpan.FromHours(1), Zones.Utc("2026-12-02 00:00"));

        Assert.Equal(Zones.Utc("2027-01-04 06:00"), fit?.Start);
    }
}
