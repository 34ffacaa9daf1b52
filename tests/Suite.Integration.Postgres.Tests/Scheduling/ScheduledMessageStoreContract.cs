using Suite.ServiceDefaults;
using Suite.Testing;

namespace Suite.Integration.Postgres.Tests.Scheduling;

/// <summary>What every scheduled-message store must do; run against each implementation.</summary>
public abstract class ScheduledMessageStoreContract : IAsyncLifetime
{
    protected static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    protected ManualTimeProvider Time { get; } = new(Now);
    protected IScheduledMessageStore Store { get; private set; } = null!;

    protected abstract Task<IScheduledMessageStore> CreateStore();

    public async Task InitializeAsync() => Store = await CreateStore();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_hand_out_messages_only_once_due_and_earliest_first()
    {
        var late = Message(Now.AddMinutes(10));
        var soon = Message(Now.AddMinutes(1));
        await Store.Add(late, default);
        await Store.Add(soon, default);

        Assert.Empty(await Store.GetDue(Now, 10, default));
        Assert.Equal(soon.DueAt, await Store.GetNextDueAt(default));
        var due = await Store.GetDue(Now.AddMinutes(11), 10, default);

        Assert.Equal([soon.TokenId, late.TokenId], due.Select(m => m.TokenId));
        Assert.Equal(soon.Body, due[0].Body);
        Assert.Equal(soon.Destination, due[0].Destination);
        Assert.Equal("v", due[0].Headers["k"]);
    }

    [Fact]
    public async Task Should_forget_a_message_once_it_was_sent()
    {
        var message = Message(Now);
        await Store.Add(message, default);
        var due = await Store.GetDue(Now, 10, default);

        await Store.Complete(due.Single(), default);

        Assert.Empty(await Store.GetDue(Now.AddHours(1), 10, default));
        Assert.Null(await Store.GetNextDueAt(default));
    }

    [Fact]
    public async Task Should_cancel_a_waiting_message()
    {
        var message = Message(Now.AddMinutes(5));
        await Store.Add(message, default);

        Assert.True(await Store.Cancel(message.TokenId, default));
        Assert.False(await Store.Cancel(message.TokenId, default));
        Assert.Empty(await Store.GetDue(Now.AddHours(1), 10, default));
    }

    [Fact]
    public async Task Should_drop_a_schedule_whose_cancel_overtook_it()
    {
        var message = Message(Now.AddMinutes(5));

        Assert.False(await Store.Cancel(message.TokenId, default));
        await Store.Add(message, default);

        Assert.Empty(await Store.GetDue(Now.AddHours(1), 10, default));
    }

    [Fact]
    public async Task Should_replace_a_message_scheduled_again_with_the_same_token()
    {
        var first = Message(Now.AddMinutes(5));
        await Store.Add(first, default);
        await Store.Add(first with { DueAt = Now.AddMinutes(20), Body = "{\"second\":true}" }, default);

        Assert.Empty(await Store.GetDue(Now.AddMinutes(10), 10, default));
        var due = await Store.GetDue(Now.AddMinutes(30), 10, default);
        Assert.Equal("{\"second\":true}", due.Single().Body);
    }

    [Fact]
    public async Task Should_not_let_a_stale_send_complete_a_message_that_was_replaced_meanwhile()
    {
        var message = Message(Now);
        await Store.Add(message, default);
        var sending = (await Store.GetDue(Now, 10, default)).Single();
        await Store.Add(message with { DueAt = Now.AddMinutes(5), Body = "{\"newer\":true}" }, default);

        await Store.Complete(sending, default);

        var due = await Store.GetDue(Now.AddMinutes(6), 10, default);
        Assert.Equal("{\"newer\":true}", due.Single().Body);
    }

    [Fact]
    public async Task Should_move_a_failed_send_to_its_retry_time_and_count_the_attempt()
    {
        var message = Message(Now);
        await Store.Add(message, default);
        var failed = (await Store.GetDue(Now, 10, default)).Single();

        await Store.Retry(failed, Now.AddSeconds(30), default);

        Assert.Empty(await Store.GetDue(Now.AddSeconds(29), 10, default));
        var retried = (await Store.GetDue(Now.AddSeconds(31), 10, default)).Single();
        Assert.Equal(1, retried.Attempts);
    }

    protected static ScheduledMessageRecord Message(DateTimeOffset dueAt) => new()
    {
        TokenId = Guid.NewGuid(),
        DueAt = dueAt,
        Destination = new Uri("queue:suite-deployment-state"),
        ContentType = "application/vnd.masstransit+json",
        Body = "{\"message\":{}}",
        PayloadType = ["urn:message:Suite.Sagas.Deployments:WindowRecheckDue"],
        MessageId = Guid.NewGuid(),
        Headers = new Dictionary<string, string> { ["k"] = "v" },
    };
}
