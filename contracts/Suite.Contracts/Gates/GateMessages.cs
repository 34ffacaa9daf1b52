using Suite.Contracts.Traffic;

namespace Suite.Contracts.Gates;

/// <summary>Where in the deployment a gate runs.</summary>
public static class GateStages
{
    /// <summary>Before anything changes: is the current version healthy enough to start from?</summary>
    public const string PreDeployment = "PreDeployment";

    /// <summary>After a step: is the new version as good as the baseline?</summary>
    public const string PostStep = "PostStep";

    /// <summary>After the last step, before the deployment is declared a success.</summary>
    public const string Final = "Final";
}

/// <summary>Ask whether the deployment may go on past this point.</summary>
public sealed record EvaluateGate
{
    public Guid DeploymentId { get; init; }
    public string Application { get; init; } = "";
    public string Namespace { get; init; } = "";
    public string Stage { get; init; } = GateStages.PostStep;
    public int StepIndex { get; init; }
    public string Image { get; init; } = "";
    public string? PreviousImage { get; init; }
    public VersionMetrics? Baseline { get; init; }
    public DateTimeOffset RequestedAt { get; init; }
}

/// <summary>The gate's verdict; <see cref="Summary"/> says in one line what it compared.</summary>
public sealed record GateEvaluated
{
    public Guid DeploymentId { get; init; }
    public string Stage { get; init; } = "";
    public int StepIndex { get; init; }
    public bool Passed { get; init; }
    public string Summary { get; init; } = "";
    public VersionMetrics? Observed { get; init; }
    public DateTimeOffset EvaluatedAt { get; init; }
}
