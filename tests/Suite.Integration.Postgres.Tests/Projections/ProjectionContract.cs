using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Suite.Sagas.EventStore;
using Suite.Sagas.History;
using Suite.Sagas.Projections;

namespace Suite.Integration.Postgres.Tests.Projections;

/// <summary>The deployment summary projection catching up from the history; run against each pair of stores.</summary>
public abstract class ProjectionContract : IAsyncLifetime
{
    protected static readonly DateTimeOffset At = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
    private ServiceProvider _services = null!;

    protected IEventStore Store { get; private set; } = null!;
    protected IDeploymentSummaryStore Summaries { get; private set; } = null!;

    protected abstract Task<(IEventStore Store, IDeploymentSummaryStore Summaries)> CreateStores();

    public async Task InitializeAsync()
    {
        (Store, Summaries) = await CreateStores();
        var services = new ServiceCollection();
        services.AddScoped(_ => Store);
        _services = services.BuildServiceProvider();
    }

    public virtual async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task Should_catch_up_with_every_deployment_and_then_with_what_follows()
    {
        var (shop, cart) = (Guid.NewGuid(), Guid.NewGuid());
        await Accept(shop, "shop");
        await Accept(cart, "cart");

        var first = await Projector().CatchUpAsync(default);
        var listed = await List();
        await Store.AppendAsync(HistoryJson.StreamId(shop), 1, [new Succeeded(At.AddMinutes(5))], Metadata(shop), default);
        var second = await Projector().CatchUpAsync(default);
        var third = await Projector().CatchUpAsync(default);
        var after = await List();

        Assert.Equal((2, 1, 0), (first, second, third));
        Assert.Equal(new[] { shop, cart }.Order(), listed.Select(s => s.DeploymentId).Order());
        Assert.All(listed, s => Assert.Equal(1, s.HistoryVersion));
        var done = after.Single(s => s.DeploymentId == shop);
        Assert.Equal((2L, true), (done.HistoryVersion, done.IsTerminal));
        Assert.False(after.Single(s => s.DeploymentId == cart).IsTerminal);
    }

    [Fact]
    public async Task Should_go_on_from_its_checkpoint_after_a_restart()
    {
        var shop = Guid.NewGuid();
        await Accept(shop, "shop");
        await Projector().CatchUpAsync(default);
        await Store.AppendAsync(HistoryJson.StreamId(shop), 1, [new Failed("gate failed", At.AddMinutes(1))], Metadata(shop), default);

        var restarted = await Projector().CatchUpAsync(default);

        Assert.Equal(1, restarted);
        Assert.Equal(2, (await List()).Single(s => s.DeploymentId == shop).HistoryVersion);
    }

    protected DeploymentSummaryProjector Projector() => new(_services.GetRequiredService<IServiceScopeFactory>(), Summaries, TimeProvider.System,
        NullLogger<DeploymentSummaryProjector>.Instance);

    protected Task Accept(Guid id, string application, IEventStore? store = null) =>
        (store ?? Store).AppendAsync(HistoryJson.StreamId(id), 0,
            [new RequestAccepted(application, "retail", $"{application}:2", "Rolling", "production", "tests", 3, "1", "0", null, "release", At)],
            Metadata(id), default);

    protected async Task<IReadOnlyList<DeploymentSummary>> List() =>
        (await Summaries.QueryAsync(DeploymentSummaryQuery.From(new ListDeployments { Limit = 200 }).Query!, default)).Items;

    protected static EventMetadata Metadata(Guid id) => new(id, Guid.NewGuid(), "tests", At);
}
