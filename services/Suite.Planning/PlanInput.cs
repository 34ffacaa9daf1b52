using Suite.Cluster;

namespace Suite.Planning;

/// <summary>What planning needs to know: the request and the cluster as it is now.</summary>
public sealed record PlanInput
{
    /// <summary>A name from <see cref="DeploymentStrategies"/> (case-insensitive); blank means Rolling.</summary>
    public string? Strategy { get; init; }

    /// <summary>Desired replicas of the new version; when null, the current version's count (or 1).</summary>
    public int? Replicas { get; init; }

    /// <summary><c>"2"</c> or <c>"25%"</c>; null means Kubernetes' default, 25%. Rolling only.</summary>
    public string? MaxSurge { get; init; }

    /// <summary><c>"0"</c> or <c>"25%"</c>; null means Kubernetes' default, 25%. Rolling only.</summary>
    public string? MaxUnavailable { get; init; }

    /// <summary>A name from <see cref="StrategyPresets"/> that fits the strategy (case-insensitive), or null.</summary>
    public string? Preset { get; init; }

    /// <summary>Canary only: the steps; null means the default list (or the preset's).</summary>
    public IReadOnlyList<CanaryStep>? CanarySteps { get; init; }

    /// <summary>ABTest only, and required there: which requests the new version serves during the experiment.</summary>
    public HeaderRoute? HeaderRoute { get; init; }

    /// <summary>ABTest only: how long the experiment runs ("30m"); null = until promoted.</summary>
    public string? ExperimentDuration { get; init; }

    /// <summary>BlueGreen only: promotion and scale-down of the old version; null means the defaults.</summary>
    public BlueGreenOptions? BlueGreen { get; init; }

    /// <summary>Rolling and Recreate: how long each batch settles before its gate ("10s" when null; "0s" = none).</summary>
    public string? StabilizationWait { get; init; }

    /// <summary>The version serving now, or null when nothing else runs.</summary>
    public string? CurrentImage { get; init; }

    /// <summary>Ready pods of <see cref="CurrentImage"/>.</summary>
    public int CurrentReplicas { get; init; }

    /// <summary>Per-pod metrics of <see cref="CurrentImage"/>'s ready pods, which Adaptive rolling ranks; empty when unknown.</summary>
    public IReadOnlyList<PodMetrics> CurrentPods { get; init; } = [];

    public string Image { get; init; } = "";

    /// <summary>Ready pods of <see cref="Image"/> already running (left by an earlier attempt); normally 0.</summary>
    public int ImageReplicas { get; init; }

    /// <summary>What the expected duration assumes about pods and gates.</summary>
    public PlanTimings Timings { get; init; } = new();
}
