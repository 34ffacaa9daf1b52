using System.Globalization;

namespace Suite.Compliance.Tests.Support;

/// <summary>Instants written as the clocks of a place show them, so that tests read like the rules.</summary>
public static class Zones
{
    public static TimeZoneInfo NewYork { get; } = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    public static TimeZoneInfo London { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static TimeZoneInfo Tokyo { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    public static TimeZoneInfo Chicago { get; } = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");

    /// <summary>"2026-11-23 09:35" on the clocks of <paramref name="zone"/> (an unambiguous time).</summary>
    public static DateTimeOffset At(string local, TimeZoneInfo zone) =>
        WallClock.ToInstant(DateTime.ParseExact(local, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), zone, earliest: true);

    public static DateTimeOffset Utc(string text) =>
        DateTimeOffset.ParseExact(text, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
