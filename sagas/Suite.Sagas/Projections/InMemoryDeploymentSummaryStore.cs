namespace Suite.Sagas.Projections;

public sealed class InMemoryDeploymentSummaryStore : IDeploymentSummaryStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, DeploymentSummary> _summaries = [];
    private long _checkpoint;

    public Task<long> GetCheckpointAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_checkpoint);
        }
    }

    public Task SaveAsync(IReadOnlyList<DeploymentSummary> summaries, long checkpoint, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var s in summaries)
            {
                if (!_summaries.TryGetValue(s.DeploymentId, out var current) || current.HistoryVersion <= s.HistoryVersion)
                {
                    _summaries[s.DeploymentId] = s;
                }
            }

            _checkpoint = Math.Max(_checkpoint, checkpoint);
            return Task.CompletedTask;
        }
    }

    public Task<DeploymentList> QueryAsync(DeploymentSummaryQuery query, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var page = _summaries.Values
                .Where(query.Matches)
                .OrderByDescending(s => s.StartedAt)
                .ThenByDescending(s => s.DeploymentId, Comparer<Guid>.Create(DeploymentSummaryQuery.CompareIds))
                .Take(query.Limit + 1)
                .ToList();
            return Task.FromResult(DeploymentSummaryPages.Of(page, query.Limit));
        }
    }
}
