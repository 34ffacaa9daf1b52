using System.Text.Json.Serialization;

namespace Suite.Contracts;

/// <summary>
/// Asks Suite to deploy <see cref="Image"/> as the new version of <see cref="Application"/>.
/// Publishers outside .NET send it in MassTransit's JSON envelope with message type
/// <c>urn:message:Suite.Contracts:DeploymentRequested</c>.
/// </summary>
public sealed record DeploymentRequested
{
    public Guid DeploymentId { get; init; }
    public string Application { get; init; } = "";
    public string Namespace { get; init; } = "";
    public string Image { get; init; } = "";

    /// <summary><c>Rolling</c> | <c>BlueGreen</c> | <c>Canary</c> | <c>ABTest</c> | <c>Recreate</c>; see <see cref="DeploymentStrategies"/>.</summary>
    public string Strategy { get; init; } = DeploymentStrategies.Rolling;

    public string Environment { get; init; } = "";
    public string RequestedBy { get; init; } = "";

    /// <summary>
    /// Desired replicas of the new version; when absent, the current version's count (or 1).
    /// A whole number, also read when written as <c>6.0</c> or <c>"6"</c>.
    /// </summary>
    [JsonConverter(typeof(ReplicasJsonConverter))]
    public int? Replicas { get; init; }

    /// <summary>An integer (<c>1</c>) or a percentage (<c>"25%"</c>), as Kubernetes takes it.</summary>
    [JsonConverter(typeof(IntOrPercentJsonConverter))]
    public string? MaxSurge { get; init; }

    /// <summary>An integer (<c>0</c>) or a percentage (<c>"25%"</c>), as Kubernetes takes it.</summary>
    [JsonConverter(typeof(IntOrPercentJsonConverter))]
    public string? MaxUnavailable { get; init; }

    /// <summary>
    /// A named preset (<see cref="StrategyPresets"/>): Rolling takes Conservative, Balanced,
    /// Aggressive or Adaptive (instead of MaxSurge/MaxUnavailable); Canary takes Cautious (instead of CanarySteps).
    /// </summary>
    public string? Preset { get; init; }

    /// <summary>Canary only: the steps, in order; when absent, 10 → 25 → 50 → 75 → 100 with a 30 s pause and an analysis after each weight.</summary>
    public IReadOnlyList<CanaryStep>? CanarySteps { get; init; }

    /// <summary>ABTest only: which requests the new version serves during the experiment.</summary>
    public HeaderRoute? HeaderRoute { get; init; }

    /// <summary>ABTest only: how long the experiment runs ("30m"); absent = until promoted.</summary>
    public string? ExperimentDuration { get; init; }

    /// <summary>BlueGreen only: promotion and scale-down of the old version.</summary>
    public BlueGreenOptions? BlueGreen { get; init; }

    /// <summary>Rolling: how long to let each batch settle before its gate ("10s" when absent).</summary>
    public string? StabilizationWait { get; init; }

    /// <summary>Recreate has downtime: it is refused for a production environment unless this is true.</summary>
    public bool AcceptDowntime { get; init; }

    /// <summary>Fail and roll back when a step makes no progress for this long ("600s" when absent, as Kubernetes).</summary>
    public string? ProgressDeadline { get; init; }

    /// <summary>After success the previous version stays warm (scaled, no traffic) this long ("5m" when absent; "0s" = retire at once).</summary>
    public string? RollbackWindow { get; init; }

    public string? ComplianceProfile { get; init; }
    public string? Reason { get; init; }

    /// <summary>Set by the saga when <see cref="RetryDeployment"/> runs a deployment again: the one it retries.</summary>
    public Guid? RetryOf { get; init; }

    public DateTimeOffset RequestedAt { get; init; }
}
