namespace Suite.Compliance.Tests.Calendars;

public sealed class When_a_time_falls_in_a_daylight_saving_change
{
    [Fact]
    public void Should_read_a_skipped_time_as_the_instant_the_clocks_jump()
    {
        // New York, 2026-03-08: 02:00 EST jumps to 03:00 EDT at 07:00 UTC.
        Assert.Equal(Zones.Utc("2026-03-08 07:00"), WallClock.Start(new DateOnly(2026, 3, 8), new TimeOnly(2, 0), Zones.NewYork));
        Assert.Equal(Zones.Utc("2026-03-08 07:00"), WallClock.End(new DateOnly(2026, 3, 8), new TimeOnly(2, 30), Zones.NewYork));
    }

    [Fact]
    public void Should_read_a_skipped_London_time_as_the_instant_the_clocks_jump()
    {
        // London, 2026-03-29: 01:00 GMT jumps to 02:00 BST at 01:00 UTC.
        Assert.Equal(Zones.Utc("2026-03-29 01:00"), WallClock.Start(new DateOnly(2026, 3, 29), new TimeOnly(1, 30), Zones.London));
    }

    [Fact]
    public void Should_start_at_the_first_and_end_at_the_second_of_a_time_shown_twice()
    {
        // London, 2026-10-25: 02:00 BST falls back to 01:00 GMT at 01:00 UTC; 01:30 is 00:30 and 01:30 UTC.
        Assert.Equal(Zones.Utc("2026-10-25 00:30"), WallClock.Start(new DateOnly(2026, 10, 25), new TimeOnly(1, 30), Zones.London));
        Assert.Equal(Zones.Utc("2026-10-25 01:30"), WallClock.End(new DateOnly(2026, 10, 25), new TimeOnly(1, 30), Zones.London));
    }

    [Fact]
    public void Should_give_the_instant_with_the_offset_in_force_there()
    {
        var instant = WallClock.Start(new DateOnly(2026, 7, 1), new TimeOnly(9, 30), Zones.NewYork);

        Assert.Equal(TimeSpan.FromHours(-4), instant.Offset);
    }
}
