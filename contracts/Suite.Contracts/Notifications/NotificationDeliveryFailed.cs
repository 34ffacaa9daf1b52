namespace Suite.Contracts;

/// <summary>
/// A notification that could not be delivered to one channel (Slack, Teams, PagerDuty, a webhook)
/// after every retry. The deployment goes on regardless; this only records what people did not hear.
/// </summary>
public sealed record NotificationDeliveryFailed
{
    public Guid DeploymentId { get; init; }

    /// <summary>The channel's configured name (e.g. <c>ops-slack</c>), never its URL.</summary>
    public string Channel { get; init; } = "";

    /// <summary>The lifecycle event that was to be told, e.g. <c>DeploymentRolledBack</c>.</summary>
    public string EventKind { get; init; } = "";

    /// <summary>Why the last attempt failed, with every secret (URL, key) redacted.</summary>
    public string Reason { get; init; } = "";

    /// <summary>HTTP calls made; 0 when the channel's circuit was open and no call was tried.</summary>
    public int Attempts { get; init; }

    public DateTimeOffset OccurredAt { get; init; }
}
