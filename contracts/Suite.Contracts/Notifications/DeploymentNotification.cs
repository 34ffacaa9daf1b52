namespace Suite.Contracts;

/// <summary>
/// What a person should hear about a deployment, published by the Notification service for
/// each lifecycle event worth telling. Subscribe to it from your own MassTransit service.
/// </summary>
public sealed record DeploymentNotification
{
    public Guid DeploymentId { get; init; }
    public string Application { get; init; } = "";
    public string Environment { get; init; } = "";

    /// <summary><c>Info</c> | <c>Warning</c> | <c>Critical</c>; see <see cref="NotificationSeverity"/>.</summary>
    public string Severity { get; init; } = NotificationSeverity.Info;

    /// <summary>The lifecycle event behind it, e.g. <c>DeploymentRolledBack</c>.</summary>
    public string Kind { get; init; } = "";

    public string Title { get; init; } = "";
    public string Text { get; init; } = "";
    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>Where the deployment stands after the event, in a word or two (<c>Rolled back</c>, <c>Paused</c>).</summary>
    public string? State { get; init; }

    /// <summary>The image being deployed, when the event or an earlier one of the deployment names it.</summary>
    public string? Image { get; init; }

    /// <summary>The image's short version: its tag, or a short digest.</summary>
    public string? Version { get; init; }

    /// <summary>The deployment strategy, when the event names it.</summary>
    public string? Strategy { get; init; }

    /// <summary>Why it happened, as the event gives it (a rollback's or failure's reason, a pause's note).</summary>
    public string? Reason { get; init; }

    /// <summary>A link to the deployment, from <c>Suite:Notification:DeploymentLinkTemplate</c> when configured.</summary>
    public string? Link { get; init; }

    /// <summary>
    /// The deployment this one runs again, when it is a retry (on <c>DeploymentAccepted</c> and
    /// <c>DeploymentSucceeded</c>): a successful retry ends the retried deployment's trouble too.
    /// </summary>
    public Guid? RetryOf { get; init; }
}

public static class NotificationSeverity
{
    public const string Info = "Info";
    public const string Warning = "Warning";
    public const string Critical = "Critical";
}
