using Suite.Sagas.Deployments;
using Suite.Sagas.Persistence;
using Suite.ServiceDefaults.Postgres;

namespace Suite.Integration.Postgres.Tests.Sagas;

/// <summary>The saga repository's concurrency rules, on the database itself (each unit of work as a message's would be).</summary>
public sealed class The_postgres_saga_repository : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(Infrastructure.Migrations.All());

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Should_refuse_to_update_a_stale_version()
    {
        var id = await Inserted();
        var first = (await InUnit(db => db.LoadAsync(id, default), lockOnLoad: false))!;
        var stale = (await InUnit(db => db.LoadAsync(id, default), lockOnLoad: false))!;
        first.Application = "first";
        stale.Application = "stale";

        await InUnit(db => Done(db.UpdateAsync(first, default)));
        var conflict = await Assert.ThrowsAsync<ConcurrencyException>(() => InUnit(db => Done(db.UpdateAsync(stale, default))));

        Assert.Contains(id.ToString(), conflict.Message, StringComparison.Ordinal);
        var stored = (await InUnit(db => db.LoadAsync(id, default)))!;
        Assert.Equal(("first", 2), (stored.Application, stored.Version));
    }

    [Fact]
    public async Task Should_let_one_of_two_racing_inserts_win()
    {
        var id = Guid.NewGuid();
        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(i => Task.Run(() =>
            InUnit(db => db.TryInsertAsync(new DeploymentState { CorrelationId = id, Application = $"racer-{i}" }, default)))));

        Assert.Single(results, inserted => inserted);
        await Assert.ThrowsAsync<ConcurrencyException>(() => InUnit(db => Done(db.InsertAsync(new DeploymentState { CorrelationId = id }, default))));
    }

    [Fact]
    public async Task Should_refuse_to_delete_a_stale_version()
    {
        var id = await Inserted();
        var stale = (await InUnit(db => db.LoadAsync(id, default), lockOnLoad: false))!;
        var current = (await InUnit(db => db.LoadAsync(id, default), lockOnLoad: false))!;
        await InUnit(db => Done(db.UpdateAsync(current, default)));

        await Assert.ThrowsAsync<ConcurrencyException>(() => InUnit(db => Done(db.DeleteAsync(stale, default))));
        await InUnit(db => Done(db.DeleteAsync(current, default)));

        Assert.Null(await InUnit(db => db.LoadAsync(id, default)));
    }

    [Fact]
    public async Task Should_make_a_second_transition_of_the_same_saga_wait_for_the_first()
    {
        var id = await Inserted();
        await using var first = new PostgresTransactionContext();
        first.Open(_database.Postgres.DataSource);
        var firstDatabase = new PostgresSagaDatabase<DeploymentState>(_database.Postgres, first);
        var loaded = (await firstDatabase.LoadAsync(id, default))!;

        var second = Task.Run(() => InUnit(db => db.LoadAsync(id, default)));
        await Task.Delay(300);
        Assert.False(second.IsCompleted, "the second load waits while the first transition holds the row");
        loaded.Application = "moved on";
        await firstDatabase.UpdateAsync(loaded, default);
        await first.CommitAsync(default);
        await first.CloseAsync();
        var afterwards = (await second.WaitAsync(TimeSpan.FromSeconds(10)))!;

        Assert.Equal(("moved on", 2), (afterwards.Application, afterwards.Version));
    }

    private async Task<Guid> Inserted()
    {
        var id = Guid.NewGuid();
        Assert.True(await InUnit(db => db.TryInsertAsync(new DeploymentState { CorrelationId = id, Application = "shop" }, default)));
        return id;
    }

    private async Task<T> InUnit<T>(Func<PostgresSagaDatabase<DeploymentState>, Task<T>> work, bool lockOnLoad = true)
    {
        await using var unit = new PostgresTransactionContext();
        unit.Open(_database.Postgres.DataSource);
        var result = await work(new PostgresSagaDatabase<DeploymentState>(_database.Postgres, unit, lockOnLoad));
        await unit.CommitAsync(default);
        await unit.CloseAsync();
        return result;
    }

    private static async Task<bool> Done(Task task)
    {
        await task;
        return true;
    }
}
