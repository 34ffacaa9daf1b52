namespace Suite.Cluster.Simulated;

/// <summary>What became of a merge patch of a version's Deployment on the simulated API server.</summary>
internal enum PatchOutcome
{
    Patched,
    NotFound,

    /// <summary>The patch named a resourceVersion the object no longer has: someone changed it in between.</summary>
    Conflict,
}
