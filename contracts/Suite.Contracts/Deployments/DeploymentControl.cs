namespace Suite.Contracts;

/// <summary>Holds a running deployment at its next step boundary.</summary>
public sealed record PauseDeployment
{
    public Guid DeploymentId { get; init; }
    public string RequestedBy { get; init; } = "";
    public string? Reason { get; init; }
    public DateTimeOffset RequestedAt { get; init; }
}

/// <summary>Lets a paused deployment go on from where it stopped.</summary>
public sealed record ResumeDeployment
{
    public Guid DeploymentId { get; init; }
    public string RequestedBy { get; init; } = "";
    public string? Reason { get; init; }
    public DateTimeOffset RequestedAt { get; init; }
}

/// <summary>
/// Stops a deployment: one that has changed nothing yet ends as Aborted; one that has changed
/// the cluster is rolled back to the previous version.
/// </summary>
public sealed record AbortDeployment
{
    public Guid DeploymentId { get; init; }
    public string RequestedBy { get; init; } = "";
    public string? Reason { get; init; }
    public DateTimeOffset RequestedAt { get; init; }
}

/// <summary>Skips the current pause (and, with <see cref="Full"/>, the remaining steps' waits and analyses).</summary>
public sealed record PromoteDeployment
{
    public Guid DeploymentId { get; init; }
    public string RequestedBy { get; init; } = "";
    public string? Reason { get; init; }
    public bool Full { get; init; }
    public DateTimeOffset RequestedAt { get; init; }
}

/// <summary>
/// Puts the previous version back after a deployment succeeded. Inside the rollback window (the
/// previous version still warm) it is a traffic switch; after it, a redeploy of the previous version.
/// </summary>
public sealed record RevertDeployment
{
    public Guid DeploymentId { get; init; }
    public string RequestedBy { get; init; } = "";
    public string? Reason { get; init; }
    public DateTimeOffset RequestedAt { get; init; }
}

/// <summary>
/// Runs a deployment that ended Failed, RolledBack or Aborted again as a new deployment
/// (<see cref="NewDeploymentId"/>) with the same request.
/// </summary>
public sealed record RetryDeployment
{
    public Guid DeploymentId { get; init; }
    public Guid NewDeploymentId { get; init; }
    public string RequestedBy { get; init; } = "";
    public string? Reason { get; init; }
    public DateTimeOffset RequestedAt { get; init; }
}
