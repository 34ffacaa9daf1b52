namespace Suite.Integration.RabbitMq.Tests.Scheduling;

[Collection(RabbitMqCollection.Name)]
public sealed class When_a_message_is_scheduled_over_RabbitMq(RabbitMqFixture broker) : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private readonly string _probeQueue = $"suite-test-probe-{Guid.NewGuid():N}";
    private TestServiceHost? _host;

    private TestServiceHost Host => _host!;
    // The probe queue goes away with the test, so sends must declare it the same way.
    private Uri ProbeAddress => new($"queue:{_probeQueue}?durable=false&autodelete=true");
    private ProbeArrivals Arrivals => Host.Services.GetRequiredService<ProbeArrivals>();

    public async Task InitializeAsync() => _host = await SchedulerHost.Start(broker.Port, _probeQueue);

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    [Fact]
    public async Task Should_deliver_it_once_due_with_its_type_and_token()
    {
        var scheduler = Host.Services.GetRequiredService<IMessageScheduler>();
        var time = Host.Services.GetRequiredService<TimeProvider>();
        var due = time.GetUtcNow().AddSeconds(1);
        var probe = new SchedulerProbe { ProbeId = Guid.NewGuid(), Label = "due" };

        var scheduled = await scheduler.ScheduleSend(ProbeAddress, due.UtcDateTime, probe);
        var arrival = await Arrivals.WaitFor(probe.ProbeId, Deadline);

        Assert.Equal(probe, arrival.Probe);
        Assert.Equal(scheduled.TokenId, arrival.SchedulingTokenId);
        Assert.True(arrival.ReceivedAt >= due, $"arrived at {arrival.ReceivedAt:O}, before its due time {due:O}");
    }

    [Fact]
    public async Task Should_not_deliver_it_once_cancelled()
    {
        var scheduler = Host.Services.GetRequiredService<IMessageScheduler>();
        var now = Host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var cancelled = new SchedulerProbe { ProbeId = Guid.NewGuid(), Label = "cancelled" };
        var later = new SchedulerProbe { ProbeId = Guid.NewGuid(), Label = "later" };

        // Far enough ahead that the cancel lands before the dispatcher takes the message, even
        // when the first sends of a fresh connection are slow.
        var scheduled = await scheduler.ScheduleSend(ProbeAddress, now.AddSeconds(3).UtcDateTime, cancelled);
        await scheduler.ScheduleSend(ProbeAddress, now.AddSeconds(4).UtcDateTime, later);
        await scheduler.CancelScheduledSend(ProbeAddress, scheduled.TokenId);

        // The later probe is sent after the cancelled one would have been, through the same
        // one-at-a-time endpoint: once it is here, the cancelled one would be too.
        await Arrivals.WaitFor(later.ProbeId, Deadline);

        Assert.DoesNotContain(Arrivals.All, a => a.Probe.ProbeId == cancelled.ProbeId);
    }
}
