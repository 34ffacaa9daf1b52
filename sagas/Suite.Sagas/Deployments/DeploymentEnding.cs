namespace Suite.Sagas.Deployments;

/// <summary>The lifecycle event that announces how a deployment ended, built from the saga once its outcome is recorded.</summary>
internal static class DeploymentEnding
{
    public static object Announcement(DeploymentState s, DateTimeOffset now) => s.Outcome switch
    {
        Outcomes.Succeeded => new DeploymentSucceeded
        {
            DeploymentId = s.CorrelationId, Application = s.Application, Environment = s.Environment, Image = s.Image,
            StartedAt = s.StartedAt, OccurredAt = now,
        },
        Outcomes.RolledBack => new DeploymentRolledBack
        {
            DeploymentId = s.CorrelationId, Application = s.Application, Environment = s.Environment, Image = s.Image,
            RestoredImage = s.PreviousImage, Reason = s.RollbackReason ?? "", RollbackStartedAt = s.RollbackStartedAt ?? default, OccurredAt = now,
        },
        Outcomes.Aborted => new DeploymentAborted
        {
            DeploymentId = s.CorrelationId, Application = s.Application, Environment = s.Environment, Image = s.Image,
            RequestedBy = s.AbortRequestedBy ?? "", Reason = s.LastError ?? "aborted", OccurredAt = now,
        },
        Outcomes.Failed => new DeploymentFailed
        {
            DeploymentId = s.CorrelationId, Application = s.Application, Environment = s.Environment, Image = s.Image,
            Reason = s.LastError ?? "failed", OccurredAt = now,
        },
        _ => throw new InvalidOperationException($"a deployment that ended as {s.Outcome ?? "nothing"} has no announcement here"),
    };
}
