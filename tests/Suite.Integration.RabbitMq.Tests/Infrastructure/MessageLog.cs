using System.Collections.Concurrent;

namespace Suite.Integration.RabbitMq.Tests.Infrastructure;

/// <summary>Messages a test's consumers received, and a way to wait for the first that matches.</summary>
public sealed class MessageLog
{
    private readonly ConcurrentQueue<object> _messages = new();
    private readonly ConcurrentBag<(Func<object, bool> Match, TaskCompletionSource<object> Found)> _waiters = [];
    private readonly Lock _gate = new();

    public void Record(object message)
    {
        lock (_gate)
        {
            _messages.Enqueue(message);
            foreach (var (match, found) in _waiters.Where(w => w.Match(message)))
            {
                found.TrySetResult(message);
            }
        }
    }

    public async Task<T> WaitFor<T>(Func<T, bool> match, TimeSpan deadline)
    {
        var found = new TaskCompletionSource<object>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_messages.OfType<T>().FirstOrDefault(match) is { } already)
            {
                return already;
            }

            _waiters.Add((m => m is T t && match(t), found));
        }

        return (T)await found.Task.WaitAsync(deadline);
    }

    /// <summary>Whether a matching message has arrived so far.</summary>
    public bool Contains<T>(Func<T, bool> match) => _messages.OfType<T>().Any(match);
}
