namespace Suite.Contracts.Planning;

/// <summary>Asks for the ordered steps that take the application from its current version to the requested one.</summary>
public sealed record PlanDeployment
{
    public Guid DeploymentId { get; init; }
    public string Application { get; init; } = "";
    public string Namespace { get; init; } = "";
    public string Image { get; init; } = "";
    public string Strategy { get; init; } = "";
    public int? Replicas { get; init; }
    public string? MaxSurge { get; init; }
    public string? MaxUnavailable { get; init; }
    public DateTimeOffset RequestedAt { get; init; }
}

/// <summary>
/// One step of a plan. The step first scales the new version up to <see cref="NewReplicas"/>
/// (and waits until they are ready), then drains the old version down to <see cref="OldReplicas"/>.
/// <see cref="MinAvailable"/> is the fewest ready pods at any moment of the step and
/// <see cref="MaxTotal"/> the most pods that exist at any moment of it.
/// </summary>
public sealed record PlanStep
{
    public int Index { get; init; }
    public int NewReplicas { get; init; }
    public int OldReplicas { get; init; }
    public int MinAvailable { get; init; }
    public int MaxTotal { get; init; }
}

public sealed record DeploymentPlanned
{
    public Guid DeploymentId { get; init; }
    public string Strategy { get; init; } = "";
    public string? PreviousImage { get; init; }
    public int PreviousReplicas { get; init; }
    public int DesiredReplicas { get; init; }
    public int MaxSurge { get; init; }
    public int MaxUnavailable { get; init; }
    public IReadOnlyList<PlanStep> Steps { get; init; } = [];
    public DateTimeOffset PlannedAt { get; init; }
}

public sealed record PlanningFailed
{
    public Guid DeploymentId { get; init; }
    public string Reason { get; init; } = "";
    public DateTimeOffset FailedAt { get; init; }
}
