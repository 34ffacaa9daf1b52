namespace Suite.ServiceDefaults;

/// <summary>Configuration section <c>Suite:Scheduler</c> (used by the process that hosts the scheduler).</summary>
public sealed class SchedulerOptions
{
    public const string Section = "Suite:Scheduler";

    /// <summary>Longest sleep between looks at the store, for messages another scheduler instance stored.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Wait before sending again a message whose send failed.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Failed sends after which a message is dropped (and logged as an error).</summary>
    public int MaxAttempts { get; set; } = 10;

    public int BatchSize { get; set; } = 100;
}
