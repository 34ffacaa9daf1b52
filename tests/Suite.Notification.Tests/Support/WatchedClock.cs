namespace Suite.Notification.Tests.Support;

/// <summary>
/// A <see cref="ManualTimeProvider"/> that also tells the test when code under test starts waiting for
/// a given span (a retry's delay is a timer of that span), so that the test moves time on exactly then.
/// </summary>
internal sealed class WatchedClock(ManualTimeProvider inner) : TimeProvider
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly Lock _gate = new();
    private readonly List<TimeSpan> _armed = [];
    private readonly List<(TimeSpan Due, TaskCompletionSource Signal)> _waiters = [];

    public WatchedClock()
        : this(new ManualTimeProvider())
    {
    }

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public void Advance(TimeSpan by) => inner.Advance(by);

    /// <summary>Completes once a timer due <paramref name="due"/> after its start has been set (at once if one was).</summary>
    public Task WhenWaitingAsync(TimeSpan due)
    {
        lock (_gate)
        {
            if (_armed.Contains(due))
            {
                return Task.CompletedTask;
            }

            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((due, signal));
            return signal.Task.WaitAsync(Patience);
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = inner.CreateTimer(callback, state, dueTime, period);
        Armed(dueTime);
        return new WatchedTimer(this, timer);
    }

    private void Armed(TimeSpan due)
    {
        List<TaskCompletionSource> ready;
        lock (_gate)
        {
            _armed.Add(due);
            ready = [.. _waiters.Where(w => w.Due == due).Select(w => w.Signal)];
            _waiters.RemoveAll(w => w.Due == due);
        }

        ready.ForEach(s => s.TrySetResult());
    }

    private sealed class WatchedTimer(WatchedClock owner, ITimer inner) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            var changed = inner.Change(dueTime, period);
            if (dueTime != Timeout.InfiniteTimeSpan)
            {
                owner.Armed(dueTime);
            }

            return changed;
        }

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
