namespace Suite.ServiceDefaults;

/// <summary>
/// One message waiting in Suite's scheduler: the serialized envelope as MassTransit's
/// serializer wrote it (so its message types survive) plus the headers to send it with.
/// </summary>
public sealed record ScheduledMessageRecord
{
    /// <summary>The scheduling token (the ScheduleMessage's CorrelationId); cancelling names it.</summary>
    public required Guid TokenId { get; init; }

    public required DateTimeOffset DueAt { get; init; }
    public required Uri Destination { get; init; }
    public required string ContentType { get; init; }
    public required string Body { get; init; }

    /// <summary>The payload's message types (<c>urn:message:…</c>), for logs.</summary>
    public IReadOnlyList<string> PayloadType { get; init; } = [];

    public Guid? MessageId { get; init; }
    public Guid? CorrelationId { get; init; }
    public Guid? ConversationId { get; init; }
    public Guid? InitiatorId { get; init; }
    public Guid? RequestId { get; init; }
    public Uri? SourceAddress { get; init; }
    public Uri? ResponseAddress { get; init; }
    public Uri? FaultAddress { get; init; }
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Failed sends in a row so far; each one doubles the wait before the next try (see <see cref="SchedulerBackoff"/>).</summary>
    public int Attempts { get; init; }

    /// <summary>Set by a durable store: which write of this token the record is, so a stale copy cannot complete or retry a newer one.</summary>
    public long Revision { get; init; }

    /// <summary>Set by a durable store when it hands the message out: which scheduler claimed it, so that only that one completes or retries it.</summary>
    public Guid? ClaimedBy { get; init; }
}
