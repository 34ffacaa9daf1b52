using Suite.Notification.Delivery;
using Suite.Notification.Ledger;
using Suite.Notification.Ledger.Postgres;

namespace Suite.Notification.Tests.Ledger;

/// <summary>The contract on PostgreSQL (needs <c>SUITE_TEST_POSTGRES_CONNECTION</c>), and what only a shared ledger can do.</summary>
public sealed class The_postgres_notification_ledger : NotificationLedgerContract
{
    private TestDatabase _database = null!;

    protected override async Task<INotificationLedger> CreateLedger()
    {
        _database = await NotificationDatabase.CreateAsync();
        return AnotherInstance();
    }

    protected override INotificationLedger AnotherInstance() => new PostgresNotificationLedger(_database.Postgres, new DeliveryClock(Clock));

    public override async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Should_give_a_delivery_to_exactly_one_of_two_instances_claiming_it_at_once()
    {
        var keys = Enumerable.Range(0, 20).Select(_ => Key()).ToList();
        var instances = new[] { Ledger, AnotherInstance() };

        var claims = await Task.WhenAll(keys.SelectMany(key => Enumerable.Range(0, 4).Select(i => instances[i % 2].TryClaimAsync(key, default).AsTask())));

        Assert.All(claims.Chunk(4), perKey => Assert.Single(perKey, c => c.Status == ClaimStatus.Claimed));
    }

    [Fact]
    public async Task Should_remember_deliveries_and_incidents_across_a_restart()
    {
        var key = Key();
        var claim = await Ledger.TryClaimAsync(key, default);
        await Ledger.CompleteAsync(key, claim.Id, DeliveryOutcome.Delivered, default);
        await Ledger.OpenIncidentAsync(key.DeploymentId, "oncall", default);

        var restarted = new PostgresNotificationLedger(_database.Postgres, new DeliveryClock(Clock));

        Assert.Equal(ClaimStatus.Ended, (await restarted.TryClaimAsync(key, default)).Status);
        Assert.True(await restarted.EndIncidentAsync(key.DeploymentId, "oncall", Events.At, default));
    }

    [Fact]
    public async Task Should_keep_its_tables_in_the_configured_schema()
    {
        var key = Key();
        await Ledger.TryClaimAsync(key, default);

        Assert.Equal(1L, await _database.ScalarAsync("SELECT count(*) FROM {schema}.notification_delivery WHERE deployment_id = @id", ("id", key.DeploymentId)));
    }
}
