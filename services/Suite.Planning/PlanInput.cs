namespace Suite.Planning;

/// <summary>What planning needs to know: the request and the cluster as it is now.</summary>
public sealed record PlanInput
{
    /// <summary><c>Rolling</c> or <c>Recreate</c> (case-insensitive); blank means Rolling.</summary>
    public string? Strategy { get; init; }

    /// <summary>Desired replicas of the new version; when null, the current version's count (or 1).</summary>
    public int? Replicas { get; init; }

    /// <summary><c>"2"</c> or <c>"25%"</c>; null means Kubernetes' default, 25%.</summary>
    public string? MaxSurge { get; init; }

    /// <summary><c>"0"</c> or <c>"25%"</c>; null means Kubernetes' default, 25%.</summary>
    public string? MaxUnavailable { get; init; }

    /// <summary>The version serving now, or null when nothing else runs.</summary>
    public string? CurrentImage { get; init; }

    /// <summary>Ready pods of <see cref="CurrentImage"/>.</summary>
    public int CurrentReplicas { get; init; }

    public string Image { get; init; } = "";

    /// <summary>Ready pods of <see cref="Image"/> already running (left by an earlier attempt); normally 0.</summary>
    public int ImageReplicas { get; init; }
}
