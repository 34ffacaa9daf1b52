using Suite.Notification.Ledger;

namespace Suite.Notification.Tests.Ledger;

/// <summary>What every notification ledger must do; run against each implementation.</summary>
public abstract class NotificationLedgerContract : IAsyncLifetime
{
    private static readonly string[] Triggers = ["DeploymentFailed", "DeploymentRollingBack"];

    protected ManualTimeProvider Clock { get; } = new();

    protected INotificationLedger Ledger { get; private set; } = null!;

    protected abstract Task<INotificationLedger> CreateLedger();

    /// <summary>The ledger as another instance of the service sees it: the same one in memory, a second one on the same tables in PostgreSQL.</summary>
    protected abstract INotificationLedger AnotherInstance();

    public async Task InitializeAsync() => Ledger = await CreateLedger();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    protected static DeliveryKey Key(Guid? deployment = null, string kind = "DeploymentFailed", string channel = "oncall") =>
        new(deployment ?? Guid.NewGuid(), kind, Events.At, channel);

    [Fact]
    public async Task Should_let_one_claim_hold_a_delivery_and_refuse_it_for_good_once_it_ended()
    {
        var key = Key();

        var first = await Ledger.TryClaimAsync(key, default);
        var meanwhile = await AnotherInstance().TryClaimAsync(key, default);
        await Ledger.CompleteAsync(key, first.Id, DeliveryOutcome.Delivered, default);
        Clock.Advance(ClaimLease.Duration * 3);

        Assert.Equal(ClaimStatus.Claimed, first.Status);
        Assert.Equal(ClaimStatus.Held, meanwhile.Status);
        Assert.Equal(ClaimStatus.Ended, (await AnotherInstance().TryClaimAsync(key, default)).Status);
    }

    [Theory]
    [InlineData(DeliveryOutcome.Skipped)]
    [InlineData(DeliveryOutcome.Failed)]
    public async Task Should_treat_every_outcome_as_final(DeliveryOutcome outcome)
    {
        var key = Key();
        var claim = await Ledger.TryClaimAsync(key, default);

        await Ledger.CompleteAsync(key, claim.Id, outcome, default);

        Assert.Equal(ClaimStatus.Ended, (await Ledger.TryClaimAsync(key, default)).Status);
    }

    [Fact]
    public async Task Should_let_a_redelivery_make_a_delivery_whose_claim_was_given_up()
    {
        var key = Key();
        var interrupted = await Ledger.TryClaimAsync(key, default);

        await Ledger.AbandonAsync(key, interrupted.Id, default);

        var again = await AnotherInstance().TryClaimAsync(key, default);
        Assert.Equal(ClaimStatus.Claimed, again.Status);
        Assert.NotEqual(interrupted.Id, again.Id);
    }

    [Fact]
    public async Task Should_hand_the_delivery_to_another_instance_once_a_dead_claims_lease_ran_out()
    {
        var key = Key();
        await Ledger.TryClaimAsync(key, default);

        Clock.Advance(ClaimLease.Duration / 2);
        Assert.Equal(ClaimStatus.Held, (await AnotherInstance().TryClaimAsync(key, default)).Status);
        Clock.Advance(ClaimLease.Duration / 2);
        Assert.Equal(ClaimStatus.Claimed, (await AnotherInstance().TryClaimAsync(key, default)).Status);
    }

    [Fact]
    public async Task Should_keep_a_renewed_claim_past_its_first_lease()
    {
        var key = Key();
        var claim = await Ledger.TryClaimAsync(key, default);

        Clock.Advance(ClaimLease.RenewEvery * 2);
        Assert.True(await Ledger.RenewAsync(key, claim.Id, default));
        Clock.Advance(ClaimLease.RenewEvery * 2);

        Assert.Equal(ClaimStatus.Held, (await AnotherInstance().TryClaimAsync(key, default)).Status);
    }

    [Fact]
    public async Task Should_not_let_a_claim_that_was_taken_over_renew_or_give_up_the_new_one()
    {
        var key = Key();
        var lost = await Ledger.TryClaimAsync(key, default);
        Clock.Advance(ClaimLease.Duration);
        var takenOver = await AnotherInstance().TryClaimAsync(key, default);

        Assert.False(await Ledger.RenewAsync(key, lost.Id, default));
        await Ledger.AbandonAsync(key, lost.Id, default);

        Assert.Equal(ClaimStatus.Claimed, takenOver.Status);
        Assert.Equal(ClaimStatus.Held, (await Ledger.TryClaimAsync(key, default)).Status);
        Assert.True(await AnotherInstance().RenewAsync(key, takenOver.Id, default));
    }

    [Fact]
    public async Task Should_keep_the_first_outcome_when_two_claims_both_end()
    {
        var key = Key();
        var slow = await Ledger.TryClaimAsync(key, default);
        Clock.Advance(ClaimLease.Duration);
        var takenOver = await AnotherInstance().TryClaimAsync(key, default);

        await AnotherInstance().CompleteAsync(key, takenOver.Id, DeliveryOutcome.Delivered, default);
        await Ledger.CompleteAsync(key, slow.Id, DeliveryOutcome.Failed, default);

        Assert.Equal(ClaimStatus.Ended, (await Ledger.TryClaimAsync(key, default)).Status);
    }

    [Fact]
    public async Task Should_tell_deliveries_apart_by_deployment_event_time_and_channel_but_not_by_the_channels_case()
    {
        var key = Key(channel: "OnCall");
        var claim = await Ledger.TryClaimAsync(key, default);
        await Ledger.CompleteAsync(key, claim.Id, DeliveryOutcome.Delivered, default);

        Assert.Equal(ClaimStatus.Ended, (await Ledger.TryClaimAsync(key with { Channel = "ONCALL" }, default)).Status);
        Assert.Equal(ClaimStatus.Claimed, (await Ledger.TryClaimAsync(key with { Channel = "ops-slack" }, default)).Status);
        Assert.Equal(ClaimStatus.Claimed, (await Ledger.TryClaimAsync(key with { OccurredAt = Events.At.AddMinutes(20) }, default)).Status);
        Assert.Equal(ClaimStatus.Claimed, (await Ledger.TryClaimAsync(key with { EventKind = "DeploymentRollingBack" }, default)).Status);
        Assert.Equal(ClaimStatus.Claimed, (await Ledger.TryClaimAsync(key with { DeploymentId = Guid.NewGuid() }, default)).Status);
    }

    [Fact]
    public async Task Should_know_the_same_instant_in_another_offset()
    {
        var key = Key();
        var claim = await Ledger.TryClaimAsync(key, default);
        await Ledger.CompleteAsync(key, claim.Id, DeliveryOutcome.Delivered, default);

        Assert.Equal(ClaimStatus.Ended, (await AnotherInstance().TryClaimAsync(key with { OccurredAt = Events.At.ToOffset(TimeSpan.FromHours(2)) }, default)).Status);
    }

    [Fact]
    public async Task Should_see_a_trigger_in_flight_until_it_ends_or_its_lease_runs_out()
    {
        var deployment = Guid.NewGuid();
        var resolve = Key(deployment, "DeploymentSucceeded");
        var trigger = Key(deployment, "DeploymentRollingBack");
        var claim = await Ledger.TryClaimAsync(trigger, default);
        var other = Key(deployment, "DeploymentFailed");
        await Ledger.TryClaimAsync(other, default);

        Assert.True(await AnotherInstance().IsAnyInFlightAsync(deployment, "ONCALL", Triggers, resolve, default));
        Assert.False(await AnotherInstance().IsAnyInFlightAsync(deployment, "oncall", ["DeploymentRolledBack"], resolve, default));
        Assert.False(await AnotherInstance().IsAnyInFlightAsync(deployment, "ops-slack", Triggers, resolve, default));
        Assert.False(await AnotherInstance().IsAnyInFlightAsync(Guid.NewGuid(), "oncall", Triggers, resolve, default));

        await Ledger.CompleteAsync(trigger, claim.Id, DeliveryOutcome.Delivered, default);
        Assert.True(await AnotherInstance().IsAnyInFlightAsync(deployment, "oncall", Triggers, resolve, default));
        Assert.False(await AnotherInstance().IsAnyInFlightAsync(deployment, "oncall", Triggers, other, default));

        Clock.Advance(ClaimLease.Duration);
        Assert.False(await AnotherInstance().IsAnyInFlightAsync(deployment, "oncall", Triggers, resolve, default));
    }

    [Fact]
    public async Task Should_remember_an_incident_from_its_trigger_until_it_is_resolved()
    {
        var deployment = Guid.NewGuid();
        Assert.False(await Ledger.EndIncidentAsync(deployment, "oncall", Events.At, default));

        Assert.Null(await Ledger.OpenIncidentAsync(Guid.NewGuid(), "oncall", default));
        await Ledger.OpenIncidentAsync(deployment, "OnCall", default);
        Assert.True(await AnotherInstance().EndIncidentAsync(deployment, "oncall", Events.At, default));
        Assert.False(await AnotherInstance().EndIncidentAsync(deployment, "ops-slack", Events.At, default));

        await AnotherInstance().CloseIncidentAsync(deployment, "ONCALL", default);
        Assert.False(await Ledger.EndIncidentAsync(deployment, "oncall", Events.At, default));
    }

    [Fact]
    public async Task Should_tell_a_late_trigger_that_its_deployment_already_ended_and_when()
    {
        var deployment = Guid.NewGuid();
        await Ledger.EndIncidentAsync(deployment, "oncall", Events.At, default);
        await Ledger.EndIncidentAsync(deployment, "oncall", Events.At.AddMinutes(-10), default);

        var ended = await AnotherInstance().OpenIncidentAsync(deployment, "oncall", default);

        Assert.Equal(Events.At, ended);
    }

    [Fact]
    public async Task Should_remember_which_deployment_a_retry_runs_again()
    {
        var original = Guid.NewGuid();
        var retry = Guid.NewGuid();

        await Ledger.RecordRetryAsync(retry, original, default);
        await AnotherInstance().RecordRetryAsync(retry, original, default);

        Assert.Equal(original, await AnotherInstance().RetryOfAsync(retry, default));
        Assert.Null(await Ledger.RetryOfAsync(original, default));
    }
}
