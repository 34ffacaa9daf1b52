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
