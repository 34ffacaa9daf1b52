namespace Suite.Contracts;

/// <summary>
/// A condition another system reports (trading volume vs its average, market volatility, critical
/// patient alerts, active surgeries). Compliance profiles may block deployments while one crosses
/// its threshold; a report older than the profile's time-to-live counts as unknown.
/// </summary>
public sealed record ConditionReported
{
    public string Name { get; init; } = "";
    public double Value { get; init; }
    public string? Source { get; init; }
    public DateTimeOffset ReportedAt { get; init; }
}

/// <summary>Approves a deployment that its compliance profile holds for approval. The requester cannot approve their own.</summary>
public sealed record ApproveDeployment
{
    public Guid DeploymentId { get; init; }
    public string Approver { get; init; } = "";
    public string Reason { get; init; } = "";
    public DateTimeOffset RequestedAt { get; init; }
}

/// <summary>
/// Emergency override: opens a closed compliance window for this one deployment. Needs an approver
/// and a reason; recorded in the history and announced as <see cref="ComplianceWindowOverridden"/> (Critical).
/// </summary>
public sealed record OverrideComplianceWindow
{
    public Guid DeploymentId { get; init; }
    public string Approver { get; init; } = "";
    public string Reason { get; init; } = "";
    public DateTimeOffset RequestedAt { get; init; }
}

/// <summary>Published when an emergency override let a deployment through a closed window.</summary>
public sealed record ComplianceWindowOverridden
{
    public Guid DeploymentId { get; init; }
    public string Application { get; init; } = "";
    public string Namespace { get; init; } = "";
    public string Environment { get; init; } = "";
    public string Approver { get; init; } = "";
    public string Reason { get; init; } = "";
    public string? ClosedReason { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
}
