using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Suite.Contracts.Planning;
using Suite.ServiceDefaults.Postgres.Outbox;

namespace Suite.Integration.Postgres.Tests.Inbox;

/// <summary>
/// A consume committed, but its outbox was never delivered (the delivery failed past its retries, or
/// the process died and the broker will not redeliver). The sweeper delivers it, once, however many
/// processes sweep at the same time.
/// </summary>
public sealed class When_an_outbox_was_left_undelivered : IAsyncLifetime
{
    private PostgresSuite _suite = null!;

    public async Task InitializeAsync() => _suite = await PostgresSuite.Start();

    public async Task DisposeAsync() => await _suite.DisposeAsync();

    [Fact]
    public async Task Should_deliver_each_left_behind_message_once()
    {
        var arrived = new ConcurrentDictionary<Guid, int>();
        var handle = _suite.Bus.ConnectReceiveEndpoint($"test-swept-{Guid.NewGuid():N}", e => e.Handler<DeploymentPlanned>(context =>
        {
            arrived.AddOrUpdate(context.Message.DeploymentId, 1, (_, n) => n + 1);
            return Task.CompletedTask;
        }));
        var destination = (await handle.Ready).InputAddress;
        var left = Enumerable.Range(0, 12).Select(_ => Guid.NewGuid()).ToList();
        var now = _suite.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        foreach (var deploymentId in left)
        {
            await LeaveUndelivered(deploymentId, destination, now.AddMinutes(-10));
        }

        var sweepers = new[] { _suite.Services.GetRequiredService<OutboxSweeper>(), AnotherSweeper(), AnotherSweeper() };
        await Task.WhenAll(sweepers.Select(s => s.SweepOnceAsync(default)));
        await Eventually(() => left.All(arrived.ContainsKey));
        await Task.Delay(500);

        Assert.All(left, id => Assert.Equal(1, arrived[id]));
        Assert.Equal(0L, await _suite.Scalar("SELECT count(*) FROM {schema}.outbox_message"));
        Assert.Equal(0L, await _suite.Scalar("SELECT count(*) FROM {schema}.inbox_state WHERE delivered_at IS NULL"));
    }

    [Fact]
    public async Task Should_forget_inbox_rows_past_their_retention_delivered_or_not()
    {
        var now = _suite.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var destination = new Uri("queue:nowhere");
        await LeaveUndelivered(Guid.NewGuid(), destination, now.AddDays(-8));
        await _suite.Scalar($"""
            INSERT INTO {_suite.Postgres.Table("inbox_state")} (message_id, consumer_id, received_at, consumed_at, delivered_at)
            VALUES ('{Guid.NewGuid()}', '{Guid.NewGuid()}', '{now.AddDays(-9):O}', '{now.AddDays(-9):O}', '{now.AddDays(-9):O}'),
                   ('{Guid.NewGuid()}', '{Guid.NewGuid()}', '{now.AddDays(-1):O}', '{now.AddDays(-1):O}', '{now.AddDays(-1):O}')
            """);
        var before = (long)(await _suite.Scalar("SELECT count(*) FROM {schema}.inbox_state"))!;

        var (removed, undelivered) = await _suite.Services.GetRequiredService<InboxCleanup>().CleanOnceAsync(default);

        Assert.Equal((2, 1), (removed, undelivered));
        Assert.Equal(before - 2, await _suite.Scalar("SELECT count(*) FROM {schema}.inbox_state"));
        Assert.Equal(0L, await _suite.Scalar("SELECT count(*) FROM {schema}.outbox_message WHERE destination_address = 'queue:nowhere'"));
    }

    private OutboxSweeper AnotherSweeper() => new(_suite.Postgres, _suite.Bus, _suite.Services.GetRequiredService<TimeProvider>(),
        _suite.Services.GetRequiredService<IOptions<PostgresOutboxOptions>>(), _suite.Services.GetRequiredService<IHostApplicationLifetime>(),
        NullLogger<OutboxSweeper>.Instance);

    // An inbox row consumed at `consumedAt` and never delivered, with one outbox row: a DeploymentPlanned for `destination`.
    private async Task LeaveUndelivered(Guid deploymentId, Uri destination, DateTimeOffset consumedAt)
    {
        var (inboxId, consumerId, messageId) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        const string type = "urn:message:Suite.Contracts.Planning:DeploymentPlanned";
        var body = $$$"""{"messageId":"{{{messageId}}}","messageType":["{{{type}}}"],"message":{"deploymentId":"{{{deploymentId}}}","steps":[]}}""";
        await using var command = _suite.Postgres.DataSource.CreateCommand($"""
            INSERT INTO {_suite.Postgres.Table("inbox_state")} (message_id, consumer_id, received_at, receive_count, consumed_at)
            VALUES (@inbox, @consumer, @at, 1, @at);
            INSERT INTO {_suite.Postgres.Table("outbox_message")} (inbox_message_id, inbox_consumer_id, message_id, content_type, message_type, body,
                destination_address, sent_time)
            VALUES (@inbox, @consumer, @message, 'application/vnd.masstransit+json', @type, @body, @destination, @at);
            """);
        command.Parameters.AddWithValue("inbox", inboxId);
        command.Parameters.AddWithValue("consumer", consumerId);
        command.Parameters.AddWithValue("message", messageId);
        command.Parameters.AddWithValue("type", type);
        command.Parameters.AddWithValue("body", body);
        command.Parameters.AddWithValue("destination", destination.ToString());
        command.Parameters.AddWithValue("at", consumedAt);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task Eventually(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(50);
        }
    }
}
