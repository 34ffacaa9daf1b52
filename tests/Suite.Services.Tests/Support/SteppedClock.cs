using Suite.Testing;

namespace Suite.Services.Tests.Support;

/// <summary>
/// The consumers' clock in these tests: a <see cref="ManualTimeProvider"/> that also tells the
/// test when code under test is waiting on a timer, so that the test advances time exactly
/// when the consumer sleeps and never races it.
/// </summary>
public sealed class SteppedClock(ManualTimeProvider inner) : TimeProvider
{
    private readonly Lock _gate = new();
    private int _armed;
    private TaskCompletionSource _waiting = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public SteppedClock()
        : this(new ManualTimeProvider())
    {
    }

    /// <summary>The underlying clock, for collaborators (the simulated cluster) whose timers the test does not wait on.</summary>
    public ManualTimeProvider Manual => inner;

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public void Advance(TimeSpan by) => inner.Advance(by);

    /// <summary>Completes once some timer of this clock is armed (at once when one already is).</summary>
    public Task WhenSomethingWaits()
    {
        lock (_gate)
        {
            return _waiting.Task;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new TrackedTimer(this, callback);
        timer.Attach(inner.CreateTimer(static s => ((TrackedTimer)s!).Fire(), timer, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan), state);
        timer.Change(dueTime, period);
        return timer;
    }

    private void Arm(bool armed)
    {
        lock (_gate)
        {
            _armed += armed ? 1 : -1;
            if (_armed > 0)
            {
                _waiting.TrySetResult();
            }
            else if (_waiting.Task.IsCompleted)
            {
                _waiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }

    private sealed class TrackedTimer(SteppedClock owner, TimerCallback callback) : ITimer
    {
        private readonly Lock _gate = new();
        private ITimer? _timer;
        private object? _state;
        private bool _armed;
        private bool _periodic;

        public void Attach(ITimer timer, object? state)
        {
            _timer = timer;
            _state = state;
        }

        public void Fire()
        {
            if (!_periodic)
            {
                SetArmed(false);
            }

            callback(_state);
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (_gate)
            {
                _periodic = period != Timeout.InfiniteTimeSpan && period != TimeSpan.Zero;
            }

            // Armed only once the underlying timer is set, so that a test advancing on the signal always fires it.
            var changed = _timer!.Change(dueTime, period);
            SetArmed(dueTime != Timeout.InfiniteTimeSpan);
            return changed;
        }

        public void Dispose()
        {
            SetArmed(false);
            _timer?.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }

        private void SetArmed(bool armed)
        {
            lock (_gate)
            {
                if (_armed == armed)
                {
                    return;
                }

                _armed = armed;
            }

            owner.Arm(armed);
        }
    }
}
