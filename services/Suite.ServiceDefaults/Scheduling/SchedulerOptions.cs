namespace Suite.ServiceDefaults;

/// <summary>Configuration section <c>Suite:Scheduler</c> (used by the process that hosts the scheduler).</summary>
public sealed class SchedulerOptions
{
    public const string Section = "Suite:Scheduler";

    /// <summary>Longest sleep between looks at the store, for messages another scheduler instance stored.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Wait before the first retry of a message whose send failed; it doubles with each further failure.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two retries of one message.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Failed sends after which a message is dropped (and logged as an error); 0, the default,
    /// never drops one: a saga's timeout lost for good would leave its deployment waiting forever.
    /// </summary>
    public int MaxAttempts { get; set; }

    /// <summary>
    /// How long one send may take before it counts as failed, so one stuck send cannot hold up the
    /// other due messages. Shorter than a claim of the PostgreSQL store (60 s), so that another
    /// scheduler instance does not take over a message whose send is still under way.
    /// </summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many messages one pass sends (claiming each just before its send) before it looks at the next due time again.</summary>
    public int BatchSize { get; set; } = 100;
}
