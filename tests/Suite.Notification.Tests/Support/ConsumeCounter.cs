using System.Collections.Concurrent;
using MassTransit;

namespace Suite.Notification.Tests.Support;

/// <summary>
/// Counts every message the bus's consumers have finished, faulted or not, per queue: each lifecycle event
/// is consumed twice, on the bus notifications' queue and on the channels'. The harness's own lists keep one
/// entry per MessageId, which hides a redelivery of the same message.
/// </summary>
internal sealed class ConsumeCounter : IConsumeObserver
{
    private readonly ConcurrentQueue<Exception> _faults = new();
    private readonly ConcurrentDictionary<string, int> _finished = new(StringComparer.Ordinal);

    public IReadOnlyList<Exception> Faults => [.. _faults];

    /// <summary>How many events both of the Notification service's queues have finished.</summary>
    public int Finished => Math.Min(FinishedOn(ServiceQueues.Notification), FinishedOn(NotificationQueues.Delivery));

    public int FinishedOn(string queue) => _finished.GetValueOrDefault(queue);

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        Count(context);
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class
    {
        _faults.Enqueue(exception);
        Count(context);
        return Task.CompletedTask;
    }

    private void Count(ConsumeContext context)
    {
        var queue = context.ReceiveContext.InputAddress.AbsolutePath.Trim('/');
        _finished.AddOrUpdate(queue, 1, (_, n) => n + 1);
    }
}
