using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Postgres;

namespace Suite.Integration.Postgres.Tests.Scheduling;

public sealed class The_postgres_scheduled_message_store : ScheduledMessageStoreContract
{
    private TestDatabase _database = null!;

    protected override async Task<IScheduledMessageStore> CreateStore()
    {
        _database = await TestDatabase.CreateAsync(Migrations.All());
        return new PostgresScheduledMessageStore(_database.Postgres, Time);
    }

    public override async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Should_survive_a_restart_of_the_scheduler()
    {
        var message = Message(Now.AddMinutes(5));
        await Store.Add(message, default);

        var restarted = new PostgresScheduledMessageStore(_database.Postgres, Time);

        Assert.Equal(message.TokenId, (await restarted.GetDue(Now.AddMinutes(6), 10, default)).Single().TokenId);
    }

    [Fact]
    public async Task Should_give_each_due_message_to_one_of_two_schedulers()
    {
        var messages = Enumerable.Range(0, 40).Select(i => Message(Now.AddSeconds(-i))).ToList();
        foreach (var m in messages)
        {
            await Store.Add(m, default);
        }

        var other = new PostgresScheduledMessageStore(_database.Postgres, Time);
        var claims = await Task.WhenAll(
            Enumerable.Range(0, 8).Select(i => (i % 2 == 0 ? Store : other).GetDue(Now, 7, default)));

        var claimed = claims.SelectMany(c => c).Select(m => m.TokenId).ToList();
        Assert.Equal(claimed.Count, claimed.Distinct().Count());
        Assert.Equal(messages.Select(m => m.TokenId).OrderBy(t => t), claimed.OrderBy(t => t));
    }

    [Fact]
    public async Task Should_hand_a_claimed_message_to_another_scheduler_when_the_claimer_died()
    {
        var message = Message(Now);
        await Store.Add(message, default);
        Assert.Single(await Store.GetDue(Now, 10, default));

        var other = new PostgresScheduledMessageStore(_database.Postgres, Time);
        Assert.Empty(await other.GetDue(Now.AddSeconds(30), 10, default));
        Assert.Single(await other.GetDue(Now + PostgresScheduledMessageStore.ClaimFor, 10, default));
    }

    [Fact]
    public async Task Should_let_only_the_scheduler_holding_the_claim_complete_a_message()
    {
        var message = Message(Now);
        await Store.Add(message, default);
        var first = (await Store.GetDue(Now, 10, default)).Single();
        var other = new PostgresScheduledMessageStore(_database.Postgres, Time);
        var second = (await other.GetDue(Now + PostgresScheduledMessageStore.ClaimFor, 10, default)).Single();

        await Store.Complete(first, default);
        await Store.Retry(first, Now.AddHours(1), default);

        Assert.Equal(1L, await _database.ScalarAsync($"SELECT count(*) FROM {{schema}}.scheduled_message WHERE token_id = '{message.TokenId}' AND due_at = '{Now:O}'"));
        await other.Complete(second, default);
        Assert.Null(await Store.GetNextDueAt(default));
    }

    [Fact]
    public async Task Should_schedule_and_cancel_with_the_consume_it_runs_in()
    {
        var kept = Message(Now.AddMinutes(5));
        var dropped = Message(Now.AddMinutes(5));
        await Store.Add(dropped, default);

        await InUnit(commit: false, store => store.Add(Message(Now.AddMinutes(5)) with { TokenId = kept.TokenId }, default));
        await InUnit(commit: false, store => store.Cancel(dropped.TokenId, default));
        Assert.Equal([dropped.TokenId], await Waiting());

        await InUnit(commit: true, store => store.Add(kept, default));
        await InUnit(commit: true, store => store.Cancel(dropped.TokenId, default));
        Assert.Equal([kept.TokenId], await Waiting());
    }

    [Fact]
    public async Task Should_forget_remembered_cancels_once_their_time_has_passed()
    {
        Assert.False(await Store.Cancel(Guid.NewGuid(), default));
        Assert.False(await Store.Cancel(Guid.NewGuid(), default));
        Time.Advance(InMemoryScheduledMessageStore.CancelMemory + TimeSpan.FromMinutes(1));

        Assert.False(await Store.Cancel(Guid.NewGuid(), default));

        Assert.Equal(1L, await _database.ScalarAsync("SELECT count(*) FROM {schema}.scheduled_cancel"));
    }

    private async Task<List<Guid>> Waiting()
    {
        await using var command = _database.Postgres.DataSource.CreateCommand($"SELECT token_id FROM {_database.Schema}.scheduled_message");
        var tokens = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tokens.Add(reader.GetGuid(0));
        }

        return tokens;
    }

    private async Task InUnit(bool commit, Func<IScheduledMessageStore, Task> work)
    {
        await using var unit = new PostgresTransactionContext();
        unit.Open(_database.Postgres.DataSource);
        await work(new PostgresScheduledMessageStore(_database.Postgres, Time, unit));
        if (commit)
        {
            await unit.CommitAsync(default);
        }

        await unit.CloseAsync();
    }
}
