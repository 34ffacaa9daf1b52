namespace Suite.Rollout;

/// <summary>How the rollout waits for pods; bound from <c>Suite:Rollout</c>.</summary>
public sealed class RolloutOptions
{
    /// <summary>How often the cluster is asked whether the pods are ready.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long pods may take to become ready before the step (or rollback) fails.</summary>
    public TimeSpan ReadyTimeout { get; set; } = TimeSpan.FromMinutes(5);
}
