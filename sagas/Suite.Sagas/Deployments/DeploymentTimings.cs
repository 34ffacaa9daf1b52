namespace Suite.Sagas.Deployments;

/// <summary>How long the saga waits for things it schedules (section <c>Suite:Deployments</c>).</summary>
public sealed record DeploymentTimings
{
    /// <summary>When a closed window gives no reopening time, check again after this long.</summary>
    public TimeSpan WindowRecheckInterval { get; init; } = TimeSpan.FromMinutes(5);
}
