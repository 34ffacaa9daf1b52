using Suite.ServiceDefaults;

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
}
