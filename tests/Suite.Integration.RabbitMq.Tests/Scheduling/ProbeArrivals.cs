using System.Collections.Concurrent;

namespace Suite.Integration.RabbitMq.Tests.Scheduling;

/// <summary>Records each probe that arrives, in order, and lets a test wait for one.</summary>
public sealed class ProbeArrivals
{
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource<ProbeArrival>> _waiting = new();
    private readonly ConcurrentQueue<ProbeArrival> _arrived = new();

    public IReadOnlyCollection<ProbeArrival> All => _arrived.ToArray();

    public void Record(ProbeArrival arrival)
    {
        _arrived.Enqueue(arrival);
        Completion(arrival.Probe.ProbeId).TrySetResult(arrival);
    }

    public Task<ProbeArrival> WaitFor(Guid probeId, TimeSpan deadline) => Completion(probeId).Task.WaitAsync(deadline);

    private TaskCompletionSource<ProbeArrival> Completion(Guid probeId) =>
        _waiting.GetOrAdd(probeId, _ => new TaskCompletionSource<ProbeArrival>(TaskCreationOptions.RunContinuationsAsynchronously));
}
