namespace Suite.ServiceDefaults;

/// <summary>
/// Where scheduled messages wait until due. Durable implementations let waits survive a
/// restart; <see cref="InMemoryScheduledMessageStore"/> is the default.
/// </summary>
public interface IScheduledMessageStore
{
    /// <summary>
    /// Stores <paramref name="message"/>, replacing any message with the same token, unless its
    /// token was cancelled before it arrived (then it is dropped).
    /// </summary>
    Task Add(ScheduledMessageRecord message, CancellationToken cancellationToken);

    /// <summary>
    /// Removes the message with <paramref name="tokenId"/>; false when none waits. A cancel for a
    /// token not yet seen is remembered for a while, so a schedule that overtook it is dropped.
    /// </summary>
    Task<bool> Cancel(Guid tokenId, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> messages due at <paramref name="now"/>, earliest first.</summary>
    Task<IReadOnlyList<ScheduledMessageRecord>> GetDue(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>When the earliest waiting message falls due; null when none waits.</summary>
    Task<DateTimeOffset?> GetNextDueAt(CancellationToken cancellationToken);

    /// <summary>Removes a sent message, unless it was replaced or cancelled meanwhile.</summary>
    Task Complete(ScheduledMessageRecord sent, CancellationToken cancellationToken);

    /// <summary>Moves a message whose send failed to <paramref name="retryAt"/>, counting the attempt, unless it was replaced or cancelled meanwhile.</summary>
    Task Retry(ScheduledMessageRecord failed, DateTimeOffset retryAt, CancellationToken cancellationToken);
}
