namespace Suite.Sagas.Projections;

/// <summary>The deployment summary read model and how far into the global history it has caught up.</summary>
public interface IDeploymentSummaryStore
{
    /// <summary>The global position of the last event already projected (0 before any).</summary>
    Task<long> GetCheckpointAsync(CancellationToken cancellationToken);

    /// <summary>Stores the summaries and moves the checkpoint, together: a crash in between replays the batch, which is harmless.</summary>
    Task SaveAsync(IReadOnlyList<DeploymentSummary> summaries, long checkpoint, CancellationToken cancellationToken);

    Task<DeploymentList> QueryAsync(DeploymentSummaryQuery query, CancellationToken cancellationToken);
}
