namespace Suite.ServiceDefaults.Postgres.Outbox;

/// <summary>Configuration section <c>Suite:Postgres:Outbox</c>: the inbox's lease, the sweeper and how long the inbox remembers.</summary>
public sealed class PostgresOutboxOptions
{
    public const string Section = "Suite:Postgres:Outbox";

    /// <summary>
    /// How long a delivery that is consuming a message keeps other deliveries of it waiting without
    /// renewing its claim (it renews every third of this while it works). A process that dies while
    /// consuming lets a redelivery take over after at most this long.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How old a consumed message's undelivered outbox must be before the sweeper delivers it.</summary>
    public TimeSpan SweepAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the sweeper looks for undelivered outboxes.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long the inbox remembers a message id (a broker redelivers within minutes; this is far past any duplicate).</summary>
    public TimeSpan InboxRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often old inbox rows are pruned.</summary>
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);
}
