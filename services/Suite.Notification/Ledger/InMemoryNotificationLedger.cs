using Suite.Notification.Delivery;

namespace Suite.Notification.Ledger;

/// <summary>
/// The ledger of one process: bounded to <see cref="NotificationOptions.DeduplicationCapacity"/> ended
/// deliveries (the oldest are forgotten first), as many incidents and as many retries. A restart forgets
/// them, and a second instance has its own: run one instance, or configure PostgreSQL.
/// </summary>
public sealed class InMemoryNotificationLedger(IOptions<NotificationOptions> options, DeliveryClock clock) : INotificationLedger
{
    private readonly Lock _gate = new();
    private readonly Dictionary<DeliveryKey, Entry> _deliveries = [];
    private readonly Queue<DeliveryKey> _ended = new();
    private readonly Dictionary<(Guid, string), Incident> _incidents = [];
    private readonly Queue<(Guid, string)> _incidentOrder = new();
    private readonly Dictionary<Guid, Guid> _retries = [];
    private readonly Queue<Guid> _retryOrder = new();
    private readonly int _capacity = Math.Max(1, options.Value.DeduplicationCapacity);

    public ValueTask<LedgerClaim> TryClaimAsync(DeliveryKey key, CancellationToken cancellationToken)
    {
        var now = clock.Now;
        lock (_gate)
        {
            if (_deliveries.TryGetValue(key, out var entry))
            {
                if (entry.Outcome is not null)
                {
                    return ValueTask.FromResult(LedgerClaim.Ended);
                }

                if (entry.Until > now)
                {
                    return ValueTask.FromResult(LedgerClaim.Held);
                }
            }

            var claim = new Entry(Guid.NewGuid(), now + ClaimLease.Duration, null);
            _deliveries[key] = claim;
            return ValueTask.FromResult(new LedgerClaim(ClaimStatus.Claimed, claim.Claim));
        }
    }

    public ValueTask<bool> RenewAsync(DeliveryKey key, Guid claim, CancellationToken cancellationToken)
    {
        var now = clock.Now;
        lock (_gate)
        {
            var mine = _deliveries.TryGetValue(key, out var entry) && entry.Claim == claim && entry.Outcome is null;
            if (mine)
            {
                _deliveries[key] = entry! with { Until = now + ClaimLease.Duration };
            }

            return ValueTask.FromResult(mine);
        }
    }

    public ValueTask CompleteAsync(DeliveryKey key, Guid claim, DeliveryOutcome outcome, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_deliveries.TryGetValue(key, out var entry) && entry.Outcome is not null)
            {
                return ValueTask.CompletedTask;
            }

            _deliveries[key] = new Entry(claim, DateTimeOffset.MinValue, outcome);
            _ended.Enqueue(key);
            while (_ended.Count > _capacity)
            {
                _deliveries.Remove(_ended.Dequeue());
            }
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask AbandonAsync(DeliveryKey key, Guid claim, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_deliveries.TryGetValue(key, out var entry) && entry.Claim == claim && entry.Outcome is null)
            {
                _deliveries.Remove(key);
            }
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask<bool> IsAnyInFlightAsync(Guid deploymentId, string channel, IReadOnlyCollection<string> eventKinds, DeliveryKey except,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(eventKinds);
        var now = clock.Now;
        lock (_gate)
        {
            return ValueTask.FromResult(_deliveries.Any(d =>
                d.Key.DeploymentId == deploymentId
                && string.Equals(d.Key.Channel, channel, StringComparison.OrdinalIgnoreCase)
                && eventKinds.Contains(d.Key.EventKind)
                && !d.Key.Equals(except)
                && d.Value.Outcome is null
                && d.Value.Until > now));
        }
    }

    public ValueTask<DateTimeOffset?> OpenIncidentAsync(Guid deploymentId, string channel, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var incident = Find(deploymentId, channel);
            incident.Open = true;
            return ValueTask.FromResult(incident.EndedAt);
        }
    }

    public ValueTask<bool> EndIncidentAsync(Guid deploymentId, string channel, DateTimeOffset endedAt, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var incident = Find(deploymentId, channel);
            incident.EndedAt = incident.EndedAt is { } earlier && earlier > endedAt ? earlier : endedAt;
            return ValueTask.FromResult(incident.Open);
        }
    }

    public ValueTask CloseIncidentAsync(Guid deploymentId, string channel, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            Find(deploymentId, channel).Open = false;
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask RecordRetryAsync(Guid deploymentId, Guid retryOf, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_retries.TryAdd(deploymentId, retryOf))
            {
                _retryOrder.Enqueue(deploymentId);
                while (_retryOrder.Count > _capacity)
                {
                    _retries.Remove(_retryOrder.Dequeue());
                }
            }
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask<Guid?> RetryOfAsync(Guid deploymentId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(_retries.TryGetValue(deploymentId, out var retried) ? retried : (Guid?)null);
        }
    }

    // Called under the gate.
    private Incident Find(Guid deploymentId, string channel)
    {
        var key = (deploymentId, channel.ToUpperInvariant());
        if (!_incidents.TryGetValue(key, out var incident))
        {
            _incidents[key] = incident = new Incident();
            _incidentOrder.Enqueue(key);
            while (_incidentOrder.Count > _capacity)
            {
                _incidents.Remove(_incidentOrder.Dequeue());
            }
        }

        return incident;
    }

    private sealed record Entry(Guid Claim, DateTimeOffset Until, DeliveryOutcome? Outcome);

    private sealed class Incident
    {
        public bool Open { get; set; }
        public DateTimeOffset? EndedAt { get; set; }
    }
}
