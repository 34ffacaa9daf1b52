namespace Suite.Sagas.Deployments;

// The saga's own scheduled messages besides WindowRecheckDue. Each carries the token the saga
// recorded when it scheduled it; one whose token is no longer the saga's is stale and ignored,
// so nothing needs to be unscheduled.

/// <summary>A stabilization wait or timed pause of a step is over.</summary>
public sealed record StepWaitDue
{
    public Guid DeploymentId { get; init; }
    public Guid TokenId { get; init; }
}

/// <summary>The awaited answer should have come by now: without it, the deployment fails and rolls back.</summary>
public sealed record ProgressDeadlineDue
{
    public Guid DeploymentId { get; init; }
    public Guid TokenId { get; init; }
}

/// <summary>The wait for a second person's approval is over (or a day of it has passed).</summary>
public sealed record ApprovalWaitDue
{
    public Guid DeploymentId { get; init; }
    public Guid TokenId { get; init; }
}

/// <summary>The rollback window is over: the warm previous version is retired.</summary>
public sealed record RetirementDue
{
    public Guid DeploymentId { get; init; }
    public Guid TokenId { get; init; }
}
