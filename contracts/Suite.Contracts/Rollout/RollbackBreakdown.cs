namespace Suite.Contracts.Rollout;

/// <summary>
/// How a rollback's time divides, from the times <see cref="RollbackApplied"/> reports: <see cref="Total"/> from the
/// decision until the previous version served all traffic at full strength; <see cref="TrafficSwitch"/>, how soon all
/// traffic left the bad version; <see cref="PodStartup"/>, what the cluster took to start the restored pods (from the
/// restore's request to the last of them ready); <see cref="Suite"/>, the rest: messages, polling and routing.
/// </summary>
public sealed record RollbackBreakdown(TimeSpan Total, TimeSpan? TrafficSwitch, TimeSpan? PodStartup)
{
    /// <summary>Suite's own part, when the pod start-up is known.</summary>
    public TimeSpan? Suite => PodStartup is { } startup ? Total - startup : null;

    /// <summary>Null until the previous version serves again.</summary>
    public static RollbackBreakdown? Of(
        DateTimeOffset decidedAt, DateTimeOffset? fullyServingAt, DateTimeOffset? trafficSwitchedAt = null,
        DateTimeOffset? restoreStartedAt = null, DateTimeOffset? previousReadyAt = null)
    {
        if (fullyServingAt is not { } serving)
        {
            return null;
        }

        TimeSpan? startup = (restoreStartedAt, previousReadyAt) switch
        {
            ({ } asked, { } ready) => ready > asked ? ready - asked : TimeSpan.Zero,
            _ => null,
        };
        return new RollbackBreakdown(serving - decidedAt, trafficSwitchedAt - decidedAt, startup);
    }

    /// <summary>"pod start-up 8.0 s, Suite 0.9 s; all traffic back on the previous version after 0.1 s", or what of it is known.</summary>
    public string? Parts()
    {
        var parts = new List<string>();
        if (PodStartup is { } startup)
        {
            parts.Add($"pod start-up {DurationText.Seconds(startup)}, Suite {DurationText.Seconds(Suite!.Value)}");
        }

        if (TrafficSwitch is { } switched)
        {
            parts.Add($"all traffic back on the previous version after {DurationText.Seconds(switched)}");
        }

        return parts.Count == 0 ? null : string.Join("; ", parts);
    }
}
