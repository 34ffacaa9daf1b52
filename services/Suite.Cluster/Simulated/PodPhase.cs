namespace Suite.Cluster.Simulated;

/// <summary>Where a simulated pod is in its life.</summary>
public enum PodPhase
{
    /// <summary>Created, not yet ready: receives no traffic.</summary>
    Starting,

    /// <summary>Serving traffic.</summary>
    Ready,

    /// <summary>Out of rotation, finishing in-flight requests until its grace ends.</summary>
    Terminating,
}
