namespace Suite.Compliance.Tests.Calendars;

public sealed class When_a_window_covers_a_daylight_saving_change
{
    private static readonly ComplianceCalendar NightBatch = CalendarFileReader.Parse("""
        name: night-batch
        timeZone: America/New_York
        closed:
          - name: night batch
            from: "01:00"
            to: "02:00"
        """, "night-batch.yaml");

    private static readonly ComplianceCalendar LondonNight = CalendarFileReader.Parse("""
        name: london-night
        timeZone: Europe/London
        allowedOnly:
          - name: night
            from: "00:30"
            to: "03:00"
        """, "london-night.yaml");

    // New York falls back on 2026-11-01: 01:00 EDT is 05:00 UTC, 02:00 EST is 07:00 UTC.
    [Theory]
    [InlineData("2026-11-01 04:59", true)]
    [InlineData("2026-11-01 05:00", false)]
    [InlineData("2026-11-01 05:59", false)]
    [InlineData("2026-11-01 06:00", false)]
    [InlineData("2026-11-01 06:59", false)]
    [InlineData("2026-11-01 07:00", true)]
    [InlineData("2026-11-02 05:59", true)]
    [InlineData("2026-11-02 06:00", false)]
    [InlineData("2026-11-02 07:00", true)]
    public void Should_cover_both_occurrences_of_the_hour_shown_twice(string utc, bool open)
    {
        Assert.Equal(open, BuiltIn.Check(NightBatch, Zones.Utc(utc)).IsOpen);
    }

    // London springs forward on 2026-03-29 (01:00 GMT to 02:00 BST at 01:00 UTC) and falls back on 2026-10-25.
    [Theory]
    [InlineData("2026-03-29 00:29", false)]
    [InlineData("2026-03-29 00:30", true)]
    [InlineData("2026-03-29 01:59", true)]
    [InlineData("2026-03-29 02:00", false)]
    [InlineData("2026-10-24 23:29", false)]
    [InlineData("2026-10-24 23:30", true)]
    [InlineData("2026-10-25 02:59", true)]
    [InlineData("2026-10-25 03:00", false)]
    public void Should_keep_an_allowed_window_on_London_clocks_across_both_changes(string utc, bool open)
    {
        Assert.Equal(open, BuiltIn.Check(LondonNight, Zones.Utc(utc)).IsOpen);
    }

    [Fact]
    public void Should_be_an_hour_shorter_on_the_spring_forward_night()
    {
        var fit = ComplianceEvaluator.NextFit(LondonNight, TimeSpan.FromMinutes(90), Zones.Utc("2026-03-29 00:00"));

        Assert.Equal(Zones.Utc("2026-03-29 00:30"), fit?.Start);
        Assert.Equal(Zones.Utc("2026-03-29 02:00"), fit?.OpenUntil);
    }
}
