namespace Suite.Cluster.Tests;

/// <summary>Polls a real-clock condition until it holds; the deadline only bounds a failing test.</summary>
internal static class Eventually
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(25);

    public static async Task<T> MatchesAsync<T>(Func<Task<T>> probe, Func<T, bool> condition)
    {
        var clock = TimeProvider.System;
        var giveUpAt = clock.GetUtcNow() + Deadline;
        while (true)
        {
            var value = await probe();
            if (condition(value))
            {
                return value;
            }

            if (clock.GetUtcNow() > giveUpAt)
            {
                Assert.Fail($"condition not met within {Deadline.TotalSeconds} s; last value: {value}");
            }

            await Task.Delay(Interval, clock);
        }
    }
}
