namespace Suite.Draining;

/// <summary>How the drain waits for pods to finish; bound from <c>Suite:Draining</c>.</summary>
public sealed class DrainingOptions
{
    /// <summary>How often the cluster is asked whether the pods are gone.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long removed pods may take to finish their in-flight requests and stop.</summary>
    public TimeSpan DrainTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
