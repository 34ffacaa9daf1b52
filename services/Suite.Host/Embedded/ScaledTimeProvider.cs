namespace Suite.Host.Embedded;

/// <summary>
/// A clock that runs <see cref="Speed"/> times faster than the wall clock, timers included, so
/// the demo shows minutes of deployment in seconds without changing what any service does.
/// </summary>
public sealed class ScaledTimeProvider : TimeProvider
{
    private readonly DateTimeOffset _start;
    private readonly long _startTimestamp = System.GetTimestamp();

    /// <param name="start">The time it shows at first (default: now), e.g. a moment before a compliance window closes.</param>
    public ScaledTimeProvider(double speed, DateTimeOffset? start = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(speed, 1);
        Speed = speed;
        _start = start ?? System.GetUtcNow();
    }

    public double Speed { get; }

    public override DateTimeOffset GetUtcNow() => _start + System.GetElapsedTime(_startTimestamp) * Speed;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new ScaledTimer(System.CreateTimer(callback, state, ToWall(dueTime), ToWall(period)), this);

    public TimeSpan ToWall(TimeSpan span) => span == Timeout.InfiniteTimeSpan ? span : span / Speed;

    private sealed class ScaledTimer(ITimer inner, ScaledTimeProvider clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(clock.ToWall(dueTime), clock.ToWall(period));

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
