using Suite.Sagas.EventStore;
using Suite.Sagas.Projections;

namespace Suite.Integration.Postgres.Tests.Projections;

public sealed class The_in_memory_projection : ProjectionContract
{
    protected override Task<(IEventStore Store, IDeploymentSummaryStore Summaries)> CreateStores() =>
        Task.FromResult<(IEventStore, IDeploymentSummaryStore)>((new InMemoryEventStore(), new InMemoryDeploymentSummaryStore()));
}
