namespace Suite.Notification.Deduplication;

/// <summary>
/// Remembers the most recent notifications of this process so that a redelivered lifecycle event
/// is told once. Bounded: the oldest key is forgotten first.
/// </summary>
public sealed class NotificationDeduplicator(IOptions<NotificationOptions> options)
{
    private readonly Lock _gate = new();
    private readonly HashSet<NotificationKey> _seen = [];
    private readonly Queue<NotificationKey> _order = new();
    private readonly int _capacity = Math.Max(1, options.Value.DeduplicationCapacity);

    /// <summary>True when <paramref name="key"/> is new; it is remembered from now on.</summary>
    public bool TryBegin(NotificationKey key)
    {
        lock (_gate)
        {
            if (!_seen.Add(key))
            {
                return false;
            }

            _order.Enqueue(key);
            while (_order.Count > _capacity)
            {
                _seen.Remove(_order.Dequeue());
            }

            return true;
        }
    }

    /// <summary>Forgets <paramref name="key"/> after telling failed, so that a redelivery tries again.</summary>
    public void Abandon(NotificationKey key)
    {
        lock (_gate)
        {
            _seen.Remove(key);
        }
    }
}
