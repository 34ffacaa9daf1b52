namespace Suite.ServiceDefaults;

/// <summary>Keeps scheduled messages in this process: they are lost when it stops.</summary>
public sealed class InMemoryScheduledMessageStore(TimeProvider time) : IScheduledMessageStore
{
    /// <summary>How long a cancel for an unseen token is remembered.</summary>
    public static readonly TimeSpan CancelMemory = TimeSpan.FromHours(1);

    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, ScheduledMessageRecord> _messages = [];
    private readonly Dictionary<Guid, DateTimeOffset> _cancelledUntil = [];

    public Task Add(ScheduledMessageRecord message, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            ForgetOldCancels();
            if (!_cancelledUntil.Remove(message.TokenId))
            {
                _messages[message.TokenId] = message;
            }
        }

        return Task.CompletedTask;
    }

    public Task<bool> Cancel(Guid tokenId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            ForgetOldCancels();
            var removed = _messages.Remove(tokenId);
            if (!removed)
            {
                _cancelledUntil[tokenId] = time.GetUtcNow() + CancelMemory;
            }

            return Task.FromResult(removed);
        }
    }

    public Task<IReadOnlyList<ScheduledMessageRecord>> GetDue(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<ScheduledMessageRecord> due = _messages.Values
                .Where(m => m.DueAt <= now)
                .OrderBy(m => m.DueAt)
                .Take(limit)
                .ToList();
            return Task.FromResult(due);
        }
    }

    public Task<DateTimeOffset?> GetNextDueAt(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_messages.Count == 0 ? null : (DateTimeOffset?)_messages.Values.Min(m => m.DueAt));
        }
    }

    public Task Complete(ScheduledMessageRecord sent, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (IsCurrent(sent))
            {
                _messages.Remove(sent.TokenId);
            }
        }

        return Task.CompletedTask;
    }

    public Task Retry(ScheduledMessageRecord failed, DateTimeOffset retryAt, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (IsCurrent(failed))
            {
                _messages[failed.TokenId] = failed with { DueAt = retryAt, Attempts = failed.Attempts + 1 };
            }
        }

        return Task.CompletedTask;
    }

    private bool IsCurrent(ScheduledMessageRecord message) =>
        _messages.TryGetValue(message.TokenId, out var current) && ReferenceEquals(current, message);

    private void ForgetOldCancels()
    {
        var now = time.GetUtcNow();
        foreach (var (token, until) in _cancelledUntil.Where(c => c.Value <= now).ToList())
        {
            _cancelledUntil.Remove(token);
        }
    }
}
