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
    public string? Preset { get; init; }
    public IReadOnlyList<CanaryStep>? CanarySteps { get; init; }
    public HeaderRoute? HeaderRoute { get; init; }
    public string? ExperimentDuration { get; init; }
    public BlueGreenOptions? BlueGreen { get; init; }
    public string? StabilizationWait { get; init; }
    public DateTimeOffset RequestedAt { get; init; }
}

/// <summary>
/// One step of a plan. The saga runs its parts in this order and skips those absent:
/// 1. scale the new version to <see cref="NewReplicas"/> and wait until they are ready (when it changes);
/// 2. drain the old version down to <see cref="OldReplicas"/> (when it changes);
/// 3. route traffic: <see cref="TrafficWeight"/> percent and/or <see cref="HeaderRoute"/> to the new version
///    (null weight and no header route = traffic follows ready pods, as a plain Service does);
/// 4. wait <see cref="Stabilization"/>;
/// 5. run the post-step gate when <see cref="Analysis"/>;
/// 6. pause when <see cref="Pause"/>: for <see cref="PauseDuration"/>, or until promoted when it is null.
/// <see cref="MinAvailable"/> is the fewest ready pods at any moment of the step and
/// <see cref="MaxTotal"/> the most pods that exist at any moment of it.
/// </summary>
public sealed record PlanStep
{
    public int Index { get; init; }

    /// <summary>What the step is for, for people: <see cref="PlanStepKinds"/>. The saga acts on the fields, not on this.</summary>
    public string Kind { get; init; } = PlanStepKinds.Scale;

    public int NewReplicas { get; init; }
    public int OldReplicas { get; init; }
    public int? TrafficWeight { get; init; }
    public HeaderRoute? HeaderRoute { get; init; }
    public TimeSpan? Stabilization { get; init; }
    public bool Analysis { get; init; }
    public bool Pause { get; init; }
    public TimeSpan? PauseDuration { get; init; }

    /// <summary>Adaptive rolling: the old pods to remove first, worst first (names from the cluster's per-pod metrics).</summary>
    public IReadOnlyList<string>? RemoveFirst { get; init; }

    public int MinAvailable { get; init; }
    public int MaxTotal { get; init; }

    /// <summary>One line for people, e.g. "setWeight 10% (1 canary pod)".</summary>
    public string Description { get; init; } = "";
}

/// <summary>Labels for <see cref="PlanStep.Kind"/>.</summary>
public static class PlanStepKinds
{
    public const string Scale = "Scale";
    public const string SetWeight = "SetWeight";
    public const string HeaderRoute = "HeaderRoute";
    public const string SwitchTraffic = "SwitchTraffic";
    public const string Pause = "Pause";
    public const string Analysis = "Analysis";
    public const string ScaleDownOld = "ScaleDownOld";
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

    /// <summary>Blue-green: how long blue stays up after the last step before it is scaled down.</summary>
    public TimeSpan? ScaleDownDelay { get; init; }

    /// <summary>Lowest ready pods / highest total pods reached over the whole plan, and its expected duration (waits, pauses with a duration, pod start-up).</summary>
    public int MinAvailable { get; init; }
    public int MaxTotal { get; init; }
    public TimeSpan ExpectedDuration { get; init; }
    public DateTimeOffset PlannedAt { get; init; }
}

public sealed record PlanningFailed
{
    public Guid DeploymentId { get; init; }
    public string Reason { get; init; } = "";
    public DateTimeOffset FailedAt { get; init; }
}
