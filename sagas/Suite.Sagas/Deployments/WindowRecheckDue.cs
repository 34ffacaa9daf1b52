namespace Suite.Sagas.Deployments;

/// <summary>
/// The saga's own scheduled message: the compliance window should have reopened. A recheck whose
/// <see cref="TokenId"/> is no longer the saga's is stale and ignored.
/// </summary>
public sealed record WindowRecheckDue
{
    public Guid DeploymentId { get; init; }
    public Guid TokenId { get; init; }
}
