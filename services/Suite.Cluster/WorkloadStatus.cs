namespace Suite.Cluster;

/// <summary>An application in a namespace.</summary>
public sealed record WorkloadRef(string Namespace, string Application)
{
    public override string ToString() => $"{Namespace}/{Application}";
}

/// <summary>The versions of an application the cluster runs.</summary>
public sealed record WorkloadStatus(WorkloadRef Workload, IReadOnlyList<VersionStatus> Versions)
{
    public VersionStatus? Version(string image) => Versions.FirstOrDefault(v => v.Image == image);

    /// <summary>The version with the most ready pods other than <paramref name="exceptImage"/>: the one serving now.</summary>
    public VersionStatus? Serving(string? exceptImage = null) =>
        Versions.Where(v => v.Image != exceptImage && v.Desired + v.Ready > 0)
            .OrderByDescending(v => v.Ready).ThenByDescending(v => v.Desired)
            .FirstOrDefault();
}

/// <summary>
/// One version's pods: <see cref="Desired"/> as set, <see cref="Ready"/> serving traffic,
/// <see cref="Starting"/> created but not yet ready, <see cref="Terminating"/> out of rotation
/// and finishing in-flight requests.
/// </summary>
public sealed record VersionStatus(string Image, int Desired, int Ready, int Starting, int Terminating)
{
    /// <summary>Pods that exist and are not terminating.</summary>
    public int Running => Ready + Starting;

    /// <summary>Deployments rolled back on this version's workload (<see cref="RollbackMarks"/>), newest first.</summary>
    public IReadOnlyList<Guid> RolledBack { get; init; } = [];

    /// <summary>When the most recently ready of its ready pods became ready, as the cluster records it; null without a ready pod.</summary>
    public DateTimeOffset? LastReadyAt { get; init; }

    /// <summary>The rollback of <paramref name="deploymentId"/> marked this version: that deployment's late commands must leave it alone.</summary>
    public bool WasRolledBackBy(Guid deploymentId) => RolledBack.Contains(deploymentId);
}
