namespace Suite.Compliance.Tests.Horizon;

public sealed class When_no_open_time_comes_within_the_horizon
{
    private static readonly ComplianceCalendar MonthlyWindow = CalendarFileReader.Parse("""
        name: monthly
        timeZone: Europe/London
        allowedOnly:
          - { name: first Sunday, days: Sun, weekOfMonth: first, from: "02:00", to: "06:00" }
        """, "monthly.yaml");

    [Fact]
    public void Should_say_closed_without_a_reopening_time()
    {
        var at = Zones.At("2026-11-02 12:00", Zones.London);

        var decision = BuiltIn.Check(MonthlyWindow, at);

        Assert.False(decision.IsOpen);
        Assert.Null(decision.ReopensAt);
        Assert.Equal(at + ComplianceEvaluator.SearchHorizon, decision.RecheckAt);
    }

    [Fact]
    public void Should_find_the_reopening_time_once_it_is_within_the_horizon()
    {
        Assert.Equal(Zones.At("2026-12-06 02:00", Zones.London), BuiltIn.Check(MonthlyWindow, Zones.At("2026-11-25 12:00", Zones.London)).ReopensAt);
    }
}
