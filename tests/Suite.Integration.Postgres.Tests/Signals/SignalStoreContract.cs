using Suite.ComplianceWindows.Signals;

namespace Suite.Integration.Postgres.Tests.Signals;

/// <summary>What every store of compliance signals must do; run against each implementation.</summary>
public abstract class SignalStoreContract : IAsyncLifetime
{
    protected static readonly DateTimeOffset Now = new(2026, 11, 24, 16, 30, 0, TimeSpan.Zero);

    protected ISignalStore Store { get; private set; } = null!;

    protected abstract Task<ISignalStore> CreateStore();

    public async Task InitializeAsync() => Store = await CreateStore();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_keep_the_newest_report_of_each_condition_whatever_its_case()
    {
        Assert.True(await Store.RecordAsync(new SignalReading("volume", 1, Now), default));
        Assert.True(await Store.RecordAsync(new SignalReading("VOLUME", 3, Now.AddMinutes(1), "desk-feed"), default));
        Assert.False(await Store.RecordAsync(new SignalReading("volume", 5, Now), default));
        Assert.False(await Store.RecordAsync(new SignalReading("volume", 7, Now.AddMinutes(1)), default));

        var kept = (await Store.SnapshotAsync(default))["Volume"];
        Assert.Equal((3, Now.AddMinutes(1), "desk-feed"), (kept.Value, kept.ReportedAt, kept.Source));
    }

    [Fact]
    public async Task Should_keep_each_condition_apart()
    {
        await Store.RecordAsync(new SignalReading("trading-volume-ratio", 2.4, Now), default);
        await Store.RecordAsync(new SignalReading("market-volatility", 0.3, Now), default);

        var snapshot = await Store.SnapshotAsync(default);

        Assert.Equal((2.4, 0.3), (snapshot["trading-volume-ratio"].Value, snapshot["market-volatility"].Value));
    }
}

public sealed class The_in_memory_signal_store : SignalStoreContract
{
    protected override Task<ISignalStore> CreateStore() => Task.FromResult<ISignalStore>(new InMemorySignalStore());
}

public sealed class The_postgres_signal_store : SignalStoreContract
{
    private TestDatabase _database = null!;

    protected override async Task<ISignalStore> CreateStore()
    {
        _database = await TestDatabase.CreateAsync(new SignalMigrations());
        return new PostgresSignalStore(_database.Postgres);
    }

    public override async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Should_share_reports_between_instances_and_keep_them_across_a_restart()
    {
        var other = new PostgresSignalStore(_database.Postgres);
        await Store.RecordAsync(new SignalReading("critical-patient-alerts", 2, Now), default);
        await other.RecordAsync(new SignalReading("critical-patient-alerts", 0, Now.AddMinutes(2)), default);

        var restarted = new PostgresSignalStore(_database.Postgres);

        Assert.Equal(0, (await restarted.SnapshotAsync(default))["critical-patient-alerts"].Value);
    }

    [Fact]
    public async Task Should_keep_the_newest_when_two_instances_record_at_once()
    {
        var stores = Enumerable.Range(0, 4).Select(_ => new PostgresSignalStore(_database.Postgres)).ToList();

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => stores[i % 4].RecordAsync(new SignalReading("market-volatility", i, Now.AddSeconds(i)), default)));

        Assert.Equal(39, (await Store.SnapshotAsync(default))["market-volatility"].Value);
    }
}
