namespace Suite.Sagas.Deployments;

/// <summary>How long the saga waits for things it schedules (section <c>Suite:Deployments</c>).</summary>
public sealed record DeploymentTimings
{
    /// <summary>When a closed window gives no reopening time, check again after this long.</summary>
    public TimeSpan WindowRecheckInterval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a deployment waits for an approval when its compliance profile names no maximum wait.</summary>
    public TimeSpan MaxWindowWait { get; init; } = TimeSpan.FromHours(24);

    /// <summary>A command unanswered this long fails the deployment, when the request gives no <c>ProgressDeadline</c> (Kubernetes' 600 s).</summary>
    public TimeSpan ProgressDeadline { get; init; } = TimeSpan.FromSeconds(600);

    /// <summary>How long the previous version stays warm after success, when the request gives no <c>RollbackWindow</c>.</summary>
    public TimeSpan RollbackWindow { get; init; } = TimeSpan.FromMinutes(5);
}
