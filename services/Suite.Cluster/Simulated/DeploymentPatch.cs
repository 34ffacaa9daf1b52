namespace Suite.Cluster.Simulated;

/// <summary>A merge patch of a version's Deployment as the simulated API server reads it; a null annotation value removes the annotation.</summary>
internal sealed record DeploymentPatch(int? Replicas, string? ResourceVersion, IReadOnlyDictionary<string, string?> Annotations);
