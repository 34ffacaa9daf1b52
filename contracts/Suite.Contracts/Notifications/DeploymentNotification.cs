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
}

public static class NotificationSeverity
{
    public const string Info = "Info";
    public const string Warning = "Warning";
    public const string Critical = "Critical";
}
