using System.Collections.Concurrent;
using MassTransit;

namespace Suite.Notification.Tests.Support;

/// <summary>
/// Counts every message the bus's consumers have finished, faulted or not. The harness's own lists
/// keep one entry per MessageId, which hides a redelivery of the same message.
/// </summary>
internal sealed class ConsumeCounter : IConsumeObserver
{
    private readonly ConcurrentQueue<Exception> _faults = new();
    private int _finished;

    public int Finished => Volatile.Read(ref _finished);

    public IReadOnlyList<Exception> Faults => [.. _faults];

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        Interlocked.Increment(ref _finished);
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class
    {
        _faults.Enqueue(exception);
        Interlocked.Increment(ref _finished);
        return Task.CompletedTask;
    }
}
