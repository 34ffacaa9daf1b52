using Microsoft.Extensions.Options;
using Suite.Notification.Delivery;
using Suite.Notification.Ledger;

namespace Suite.Notification.Tests.Ledger;

public sealed class The_in_memory_notification_ledger : NotificationLedgerContract
{
    private InMemoryNotificationLedger _ledger = null!;

    protected override Task<INotificationLedger> CreateLedger()
    {
        _ledger = new InMemoryNotificationLedger(Options.Create(new NotificationOptions { DeduplicationCapacity = 100 }), new DeliveryClock(Clock));
        return Task.FromResult<INotificationLedger>(_ledger);
    }

    // One process has one in-memory ledger: "another instance" is another caller of the same one.
    protected override INotificationLedger AnotherInstance() => _ledger;

    [Fact]
    public async Task Should_forget_the_oldest_ended_deliveries_beyond_its_capacity()
    {
        var ledger = new InMemoryNotificationLedger(Options.Create(new NotificationOptions { DeduplicationCapacity = 2 }), new DeliveryClock(Clock));
        var keys = Enumerable.Range(0, 3).Select(_ => Key()).ToList();
        foreach (var key in keys)
        {
            await ledger.CompleteAsync(key, (await ledger.TryClaimAsync(key, default)).Id, DeliveryOutcome.Delivered, default);
        }

        Assert.Equal(ClaimStatus.Claimed, (await ledger.TryClaimAsync(keys[0], default)).Status);
        Assert.Equal(ClaimStatus.Ended, (await ledger.TryClaimAsync(keys[2], default)).Status);
    }
}
