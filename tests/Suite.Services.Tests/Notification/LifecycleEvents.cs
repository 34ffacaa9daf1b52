using Suite.Contracts;

namespace Suite.Services.Tests.Notification;

/// <summary>One instance of each lifecycle event, for a deployment of shop:v2 to production.</summary>
internal static class LifecycleEvents
{
    public static readonly DateTimeOffset At = new(2026, 1, 5, 12, 30, 0, TimeSpan.Zero);

    public static object Create(string kind, Guid deploymentId) => kind switch
    {
        nameof(DeploymentAccepted) => new DeploymentAccepted
        {
            DeploymentId = deploymentId, Application = "shop", Namespace = "shop", Environment = "production",
            Image = "registry.example.com/shop:v2", Strategy = "Rolling", RequestedBy = "alice", OccurredAt = At,
        },
        nameof(DeploymentRejected) => new DeploymentRejected
        {
            DeploymentId = deploymentId, Application = "shop", Namespace = "shop", Environment = "production",
            Errors = ["image is required", "replicas must be at least 1"], OccurredAt = At,
        },
        nameof(DeploymentWaitingForWindow) => new DeploymentWaitingForWindow
        {
            DeploymentId = deploymentId, Application = "shop", Environment = "production", Reason = "year-end change freeze",
            ReopensAt = new DateTimeOffset(2027, 1, 4, 6, 0, 0, TimeSpan.Zero), OccurredAt = At,
        },
        nameof(DeploymentPaused) => new DeploymentPaused
        {
            DeploymentId = deploymentId, Application = "shop", Environment = "production", RequestedBy = "bob", Reason = "checking dashboards", OccurredAt = At,
        },
        nameof(DeploymentResumed) => new DeploymentResumed
        {
            DeploymentId = deploymentId, Application = "shop", Environment = "production", RequestedBy = "bob", OccurredAt = At,
        },
        nameof(DeploymentSucceeded) => new DeploymentSucceeded
        {
            DeploymentId = deploymentId, Application = "shop", Environment = "production", Image = "registry.example.com/shop:v2",
            StartedAt = At.AddMinutes(-4).AddSeconds(-30), OccurredAt = At,
        },
        nameof(DeploymentFailed) => new DeploymentFailed
        {
            DeploymentId = deploymentId, Application = "shop", Environment = "production", Image = "registry.example.com/shop:v2",
            Reason = "planning failed: strategy 'Canary' is not supported yet; use Rolling or Recreate", OccurredAt = At,
        },
        nameof(DeploymentAborted) => new DeploymentAborted
        {
            DeploymentId = deploymentId, Application = "shop", Environment = "production", Image = "registry.example.com/shop:v2",
            RequestedBy = "carol", Reason = "wrong image tag", OccurredAt = At,
        },
        nameof(DeploymentRolledBack) => new DeploymentRolledBack
        {
            DeploymentId = deploymentId, Application = "shop", Environment = "production", Image = "registry.example.com/shop:v2",
            RestoredImage = "registry.example.com/shop:v1", Reason = "error rate 12% above the baseline's 0.5%",
            RollbackStartedAt = At.AddMinutes(-1), OccurredAt = At,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a lifecycle event this test knows"),
    };
}
