namespace Suite.Sagas.Deployments;

/// <summary>The lifecycle event that announces how a deployment ended, built from the saga once its outcome is recorded.</summary>
internal static class DeploymentEnding
{
    public static object Announcement(DeploymentState s, DateTimeOffset now) => s.Outcome switch
    {
        Outcomes.Succeeded => new DeploymentSucceeded
        {
            DeploymentId = s.CorrelationId, Application = s.Application, Environment = s.Environment, Image = s.Image, Strategy = s.Strategy,
            StartedAt = s.StartedAt, RetryOf = s.RetryOf, OccurredAt = now,
        },
        Outcomes.RolledBack => new DeploymentRolledBack
        {
            DeploymentId = s.CorrelationId, Application = s.Application, Environment = s.Environment, Image = s.Image, Strategy = s.Strategy,
            RestoredImage = s.PreviousImage, Reason = s.RollbackReason ?? "", RollbackStartedAt = s.RollbackStartedAt ?? default, OccurredAt = now,
        },
        Outcomes.Aborted => new DeploymentAborted
        {
            DeploymentId = s.CorrelationId, Application = s.Application, Environment = s.Environment, Image = s.Image, Strategy = s.Strategy,
            RequestedBy = s.AbortRequestedBy ?? "", Reason = s.LastError ?? "aborted", OccurredAt = now,
        },
        Outcomes.Failed => new DeploymentFailed
        {
            DeploymentId = s.CorrelationId, Application = s.Application, Environment = s.Environment, Image = s.Image, Strategy = s.Strategy,
            Reason = s.LastError ?? "failed", OccurredAt = now,
        },
        _ => throw new InvalidOperationException($"a deployment that ended as {s.Outcome ?? "nothing"} has no announcement here"),
    };

    /// <summary>Announces a rollback as it begins: people hear at once, not when the previous version is back.</summary>
    public static DeploymentRollingBack RollingBack(DeploymentState s, DateTimeOffset now) => new()
    {
        DeploymentId = s.CorrelationId, Application = s.Application, Namespace = s.Namespace, Environment = s.Environment, Image = s.Image,
        Strategy = s.Strategy, PreviousImage = s.PreviousImage, Reason = s.RollbackReason ?? "", OccurredAt = now,
    };
}
