using MassTransit.Middleware;
using MassTransit.Saga;

namespace Suite.Sagas.Persistence;

/// <summary>Loads and queries saga instances outside of a message (tools, tests, the query API).</summary>
internal sealed class PostgresSagaQueryContext<TSaga>(PostgresSagaDatabase<TSaga> database, CancellationToken cancellationToken)
    : BasePipeContext(cancellationToken), LoadSagaRepositoryContext<TSaga>, QuerySagaRepositoryContext<TSaga>
    where TSaga : class, ISagaVersion
{
    public Task<TSaga> Load(Guid correlationId) => database.LoadAsync(correlationId, CancellationToken)!;

    public async Task<SagaRepositoryQueryContext<TSaga>> Query(ISagaQuery<TSaga> query, CancellationToken cancellationToken = default)
    {
        var matches = await PostgresSagaQueries.Matching(database, query, cancellationToken).ConfigureAwait(false);
        return new MassTransit.Saga.LoadedSagaRepositoryQueryContext<TSaga>(this, matches);
    }
}
