namespace Suite.Notification.Ledger;

/// <summary>
/// The ledger of one process: bounded to <see cref="NotificationOptions.DeduplicationCapacity"/> ended
/// deliveries (the oldest are forgotten first) and as many open incidents. A restart forgets both.
/// </summary>
public sealed class InMemoryNotificationLedger(IOptions<NotificationOptions> options) : INotificationLedger
{
    private readonly Lock _gate = new();
    private readonly Dictionary<DeliveryKey, DeliveryOutcome?> _deliveries = [];
    private readonly Queue<DeliveryKey> _ended = new();
    private readonly HashSet<(Guid, string)> _incidents = [];
    private readonly Queue<(Guid, string)> _incidentOrder = new();
    private readonly int _capacity = Math.Max(1, options.Value.DeduplicationCapacity);

    public ValueTask<bool> TryBeginAsync(DeliveryKey key, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(_deliveries.TryAdd(key, null));
        }
    }

    public ValueTask CompleteAsync(DeliveryKey key, DeliveryOutcome outcome, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _deliveries[key] = outcome;
            _ended.Enqueue(key);
            while (_ended.Count > _capacity)
            {
                _deliveries.Remove(_ended.Dequeue());
            }
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask AbandonAsync(DeliveryKey key, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_deliveries.TryGetValue(key, out var outcome) && outcome is null)
            {
                _deliveries.Remove(key);
            }
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask<bool> IsIncidentOpenAsync(Guid deploymentId, string channel, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(_incidents.Contains(Incident(deploymentId, channel)));
        }
    }

    public ValueTask SetIncidentOpenAsync(Guid deploymentId, string channel, bool open, CancellationToken cancellationToken)
    {
        var incident = Incident(deploymentId, channel);
        lock (_gate)
        {
            if (!open)
            {
                _incidents.Remove(incident);
            }
            else if (_incidents.Add(incident))
            {
                _incidentOrder.Enqueue(incident);
                while (_incidentOrder.Count > _capacity)
                {
                    _incidents.Remove(_incidentOrder.Dequeue());
                }
            }
        }

        return ValueTask.CompletedTask;
    }

    private static (Guid, string) Incident(Guid deploymentId, string channel) => (deploymentId, channel.ToUpperInvariant());
}
