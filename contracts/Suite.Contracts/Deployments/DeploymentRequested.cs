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

    /// <summary><c>Rolling</c> | <c>BlueGreen</c> | <c>Canary</c> | <c>Recreate</c>; see <see cref="DeploymentStrategies"/>.</summary>
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

    public string? ComplianceProfile { get; init; }
    public string? Reason { get; init; }
    public DateTimeOffset RequestedAt { get; init; }
}
