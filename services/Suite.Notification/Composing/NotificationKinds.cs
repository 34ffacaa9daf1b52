namespace Suite.Notification.Composing;

/// <summary>The lifecycle events this service tells, by the name a notification's <c>Kind</c> carries.</summary>
public static class NotificationKinds
{
    public static IReadOnlyList<string> All { get; } =
    [
        nameof(DeploymentAccepted),
        nameof(DeploymentRejected),
        nameof(DeploymentWaitingForWindow),
        nameof(DeploymentPaused),
        nameof(DeploymentResumed),
        nameof(DeploymentSucceeded),
        nameof(DeploymentFailed),
        nameof(DeploymentAborted),
        nameof(DeploymentRollingBack),
        nameof(DeploymentRolledBack),
        nameof(ComplianceWindowOverridden),
    ];

    /// <summary>The events told as Critical: each pages (a PagerDuty trigger).</summary>
    public static IReadOnlyList<string> Critical { get; } =
    [
        nameof(DeploymentFailed),
        nameof(DeploymentRollingBack),
        nameof(DeploymentRolledBack),
        nameof(ComplianceWindowOverridden),
    ];

    /// <summary>The events that end a deployment with the cluster in a known good state: an incident opened for it can be resolved.</summary>
    public static bool EndsWell(string kind) =>
        kind is nameof(DeploymentSucceeded) or nameof(DeploymentRolledBack) or nameof(DeploymentAborted);
}
