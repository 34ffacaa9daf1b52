namespace Suite.Notification.Tests.Support;

/// <summary>Lifecycle events of deployments of shop:v2 (from v1), as the saga publishes them.</summary>
internal static class Events
{
    public static readonly DateTimeOffset At = new(2026, 1, 5, 12, 30, 0, TimeSpan.Zero);
    public const string Image = "registry.example.com/shop:v2";

    public static DeploymentAccepted Accepted(Guid id, string environment = "production", string application = "shop") => new()
    {
        DeploymentId = id, Application = application, Namespace = application, Environment = environment, Image = Image,
        Strategy = "Rolling", RequestedBy = "alice", OccurredAt = At.AddMinutes(-5),
    };

    public static DeploymentSucceeded Succeeded(Guid id, string environment = "production", string application = "shop") => new()
    {
        DeploymentId = id, Application = application, Environment = environment, Image = Image, Strategy = "Rolling", StartedAt = At.AddMinutes(-5),
        OccurredAt = At,
    };

    public static DeploymentRollingBack RollingBack(Guid id, string environment = "production") => new()
    {
        DeploymentId = id, Application = "shop", Namespace = "shop", Environment = environment, Image = Image, Strategy = "Rolling",
        PreviousImage = "registry.example.com/shop:v1", Reason = "error rate 12% above the baseline's 0.5%", OccurredAt = At.AddMinutes(-1),
    };

    public static DeploymentRolledBack RolledBack(Guid id, string environment = "production", string application = "shop") => new()
    {
        DeploymentId = id, Application = application, Environment = environment, Image = Image, Strategy = "Rolling", RestoredImage = "registry.example.com/shop:v1",
        Reason = "error rate 12% above the baseline's 0.5%", RollbackStartedAt = At.AddMinutes(-1), OccurredAt = At,
    };

    public static DeploymentFailed Failed(Guid id, string environment = "production") => new()
    {
        DeploymentId = id, Application = "shop", Environment = environment, Image = Image, Strategy = "Rolling", Reason = "the rollback could not restore v1",
        OccurredAt = At,
    };

    public static DeploymentAborted Aborted(Guid id, string environment = "production") => new()
    {
        DeploymentId = id, Application = "shop", Environment = environment, Image = Image, Strategy = "Rolling", RequestedBy = "dave",
        Reason = "wrong image tag", OccurredAt = At,
    };

    public static DeploymentPaused Paused(Guid id, string environment = "production") => new()
    {
        DeploymentId = id, Application = "shop", Environment = environment, RequestedBy = "bob", Reason = "checking dashboards", OccurredAt = At.AddMinutes(-3),
    };

    public static ComplianceWindowOverridden Overridden(Guid id, string environment = "production") => new()
    {
        DeploymentId = id, Application = "shop", Namespace = "shop", Environment = environment, Approver = "carol",
        Reason = "security fix CVE-2026-0001", ClosedReason = "year-end change freeze", OccurredAt = At.AddMinutes(-6),
    };
}
