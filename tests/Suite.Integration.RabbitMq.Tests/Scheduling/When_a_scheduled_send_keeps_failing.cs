namespace Suite.Integration.RabbitMq.Tests.Scheduling;

/// <summary>The scheduler's retry schedule, without a broker.</summary>
public sealed class When_a_scheduled_send_keeps_failing
{
    private static readonly SchedulerOptions Defaults = new();

    [Fact]
    public void Should_wait_twice_as_long_after_each_failure()
    {
        var waits = Enumerable.Range(1, 6).Select(n => SchedulerBackoff.After(n, Defaults.RetryDelay, Defaults.MaxRetryDelay));

        Assert.Equal([1, 2, 4, 8, 16, 32], waits.Select(w => w.TotalSeconds));
    }

    [Fact]
    public void Should_never_wait_longer_than_the_cap()
    {
        Assert.Equal(TimeSpan.FromSeconds(256), SchedulerBackoff.After(9, Defaults.RetryDelay, Defaults.MaxRetryDelay));
        Assert.Equal(TimeSpan.FromMinutes(5), SchedulerBackoff.After(10, Defaults.RetryDelay, Defaults.MaxRetryDelay));
        Assert.Equal(TimeSpan.FromMinutes(5), SchedulerBackoff.After(10_000, Defaults.RetryDelay, Defaults.MaxRetryDelay));
    }

    [Fact]
    public void Should_keep_trying_and_give_each_send_its_own_timeout_by_default()
    {
        Assert.Equal(0, Defaults.MaxAttempts);
        Assert.Equal(TimeSpan.FromSeconds(30), Defaults.SendTimeout);
    }
}
