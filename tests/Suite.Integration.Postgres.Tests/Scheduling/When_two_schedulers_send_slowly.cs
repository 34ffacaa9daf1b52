using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Suite.ServiceDefaults;
using Suite.Testing;

namespace Suite.Integration.Postgres.Tests.Scheduling;

/// <summary>
/// Two scheduler instances on one store, each send taking 40 s of a 60 s claim: a scheduler that
/// claimed a whole batch at once would see its later claims run out mid-batch, and the other
/// instance would send those messages as well. Each message must be sent once.
/// </summary>
public sealed class When_two_schedulers_send_slowly : IAsyncLifetime
{
    private static readonly TimeSpan SendTakes = TimeSpan.FromSeconds(40);
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));
    private readonly ConcurrentDictionary<Guid, int> _sent = new();
    private TestDatabase _database = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(Infrastructure.Migrations.All());
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(_time);
        services.AddScoped<IScheduledMessageStore>(_ => new PostgresScheduledMessageStore(_database.Postgres, _time));
        services.AddMassTransit(bus => bus.UsingInMemory((context, cfg) => cfg.ReceiveEndpoint("probe", e => e.Handler<Ping>(c =>
        {
            _sent.AddOrUpdate(c.Message.Token, 1, (_, n) => n + 1);
            return Task.CompletedTask;
        }))));
        _services = services.BuildServiceProvider();
        await _services.GetRequiredService<IBusControl>().StartAsync();
        _services.GetRequiredService<IBus>().ConnectSendObserver(new SlowSends(_time));
    }

    public async Task DisposeAsync()
    {
        await _services.GetRequiredService<IBusControl>().StopAsync();
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Should_send_each_due_message_once()
    {
        var tokens = Enumerable.Range(0, 6).Select(_ => Guid.NewGuid()).ToList();
        var store = new PostgresScheduledMessageStore(_database.Postgres, _time);
        foreach (var token in tokens)
        {
            await store.Add(Message(token), default);
        }

        using var stop = new CancellationTokenSource();
        var schedulers = new[] { Dispatcher(), Dispatcher() };
        foreach (var scheduler in schedulers)
        {
            await scheduler.StartAsync(stop.Token);
        }

        // Sends wait on the clock: move it a second at a time until everything was sent, and a while longer.
        for (var step = 0; step < 2000 && (tokens.Any(t => !_sent.ContainsKey(t)) || step < 600); step++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(5);
        }

        await stop.CancelAsync();
        foreach (var scheduler in schedulers)
        {
            await scheduler.StopAsync(default);
        }

        Assert.All(tokens, t => Assert.True(_sent.GetValueOrDefault(t) == 1, $"{t} was sent {_sent.GetValueOrDefault(t)} times"));
    }

    private ScheduledMessageDispatcher Dispatcher() => new(
        _services.GetRequiredService<IServiceScopeFactory>(),
        new SchedulerSignal(),
        _services.GetRequiredService<IBus>(),
        _time,
        Options.Create(new SchedulerOptions { SendTimeout = TimeSpan.FromSeconds(50), PollInterval = TimeSpan.FromSeconds(5) }),
        new StartedLifetime(),
        NullLogger<ScheduledMessageDispatcher>.Instance);

    private ScheduledMessageRecord Message(Guid token) => new()
    {
        TokenId = token,
        DueAt = _time.GetUtcNow(),
        Destination = new Uri("queue:probe"),
        ContentType = "application/vnd.masstransit+json",
        Body = $$$"""{"messageId":"{{{Guid.NewGuid()}}}","messageType":["urn:message:Suite.Integration.Postgres.Tests.Scheduling:Ping"],"message":{"token":"{{{token}}}"}}""",
        PayloadType = ["urn:message:Suite.Integration.Postgres.Tests.Scheduling:Ping"],
        MessageId = Guid.NewGuid(),
    };

    private sealed class SlowSends(ManualTimeProvider time) : ISendObserver
    {
        public Task PreSend<T>(SendContext<T> context)
            where T : class =>
            context.DestinationAddress?.AbsolutePath.EndsWith("probe", StringComparison.Ordinal) == true ? Task.Delay(SendTakes, time) : Task.CompletedTask;

        public Task PostSend<T>(SendContext<T> context)
            where T : class => Task.CompletedTask;

        public Task SendFault<T>(SendContext<T> context, Exception exception)
            where T : class => Task.CompletedTask;
    }

    private sealed class StartedLifetime : IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted { get; } = new(true);
        public CancellationToken ApplicationStopping => CancellationToken.None;
        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }
}

public sealed record Ping(Guid Token);
