namespace Suite.ComplianceWindows.Calendars;

/// <summary>
/// Wall-clock times of a time zone as instants. A time the clocks skip (spring forward) becomes the
/// instant they jump, the first at which they show that time or later, so a window starting or ending
/// in the gap loses only the skipped time. A time the clocks show twice (fall back) is its first
/// occurrence as a start and its second as an end, so a window covers both.
/// </summary>
public static class WallClock
{
    public static DateTimeOffset Start(DateOnly date, TimeOnly time, TimeZoneInfo zone) => ToInstant(date.ToDateTime(time), zone, earliest: true);

    public static DateTimeOffset End(DateOnly date, TimeOnly time, TimeZoneInfo zone) => ToInstant(date.ToDateTime(time), zone, earliest: false);

    public static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone, bool earliest)
    {
        ArgumentNullException.ThrowIfNull(zone);
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            return InZone(Jump(local, zone), zone);
        }

        var offset = zone.IsAmbiguousTime(local)
            ? earliest ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetAmbiguousTimeOffsets(local).Min()
            : zone.GetUtcOffset(local);
        return InZone(new DateTimeOffset(local.Ticks - offset.Ticks, TimeSpan.Zero), zone);
    }

    /// <summary>The instant as the clocks of <paramref name="zone"/> show it.</summary>
    public static DateTimeOffset InZone(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone);

    public static DateOnly DateIn(DateTimeOffset instant, TimeZoneInfo zone) => DateOnly.FromDateTime(InZone(instant, zone).DateTime);

    /// <summary>
    /// The instant the clocks jump over <paramref name="skipped"/>: the first whose offset is the one
    /// after the gap. It lies within one gap's length before the skipped time read with the offset
    /// before the gap; transitions fall on whole seconds, so halving that span finds it.
    /// </summary>
    private static DateTimeOffset Jump(DateTime skipped, TimeZoneInfo zone)
    {
        var before = zone.GetUtcOffset(skipped.AddDays(-1));
        var after = zone.GetUtcOffset(skipped.AddDays(1));
        var late = new DateTimeOffset(skipped.Ticks - before.Ticks, TimeSpan.Zero);
        var early = late - (after - before);
        while (late - early > TimeSpan.FromSeconds(1))
        {
            var middle = early + (late - early) / 2;
            if (zone.GetUtcOffset(middle) == before)
            {
                early = middle;
            }
            else
            {
                late = middle;
            }
        }

        return new DateTimeOffset(late.Ticks - late.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
    }
}
