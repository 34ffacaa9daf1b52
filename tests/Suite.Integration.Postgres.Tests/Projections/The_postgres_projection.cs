using Suite.Sagas.EventStore;
using Suite.Sagas.Projections;
using Suite.ServiceDefaults.Postgres;

namespace Suite.Integration.Postgres.Tests.Projections;

public sealed class The_postgres_projection : ProjectionContract
{
    private TestDatabase _database = null!;

    protected override async Task<(IEventStore Store, IDeploymentSummaryStore Summaries)> CreateStores()
    {
        _database = await TestDatabase.CreateAsync(Infrastructure.Migrations.All());
        return (new PostgresEventStore(_database.Postgres), new PostgresDeploymentSummaryStore(_database.Postgres));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Should_not_skip_a_deployment_whose_first_event_commits_late()
    {
        var (slow, quick) = (Guid.NewGuid(), Guid.NewGuid());
        await using var open = new PostgresTransactionContext();
        open.Open(_database.Postgres.DataSource);
        await Accept(slow, "slow", new PostgresEventStore(_database.Postgres, open));
        await Accept(quick, "quick").WaitAsync(TimeSpan.FromSeconds(10));

        var whileOpen = await Projector().CatchUpAsync(default);
        await open.CommitAsync(default);
        await open.CloseAsync();
        var afterCommit = await Projector().CatchUpAsync(default);

        Assert.Equal(0, whileOpen);
        Assert.Equal(2, afterCommit);
        Assert.Equal(new[] { quick, slow }.Order(), (await List()).Select(s => s.DeploymentId).Order());
    }
}
