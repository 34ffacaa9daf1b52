namespace Suite.ServiceDefaults;

/// <summary>How long the scheduler waits before sending a failed message again: doubling from a first delay, up to a cap.</summary>
public static class SchedulerBackoff
{
    /// <summary>
    /// The wait after the <paramref name="failedAttempts"/>-th failed send in a row:
    /// <paramref name="first"/> after the first, twice that after the second, and so on, never more than <paramref name="max"/>.
    /// </summary>
    public static TimeSpan After(int failedAttempts, TimeSpan first, TimeSpan max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempts, 1);
        if (first <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        // In doubles, a long run of failures grows past the cap (or to infinity) instead of overflowing.
        var ticks = first.Ticks * Math.Pow(2, failedAttempts - 1);
        return ticks >= max.Ticks ? max : TimeSpan.FromTicks((long)ticks);
    }
}
