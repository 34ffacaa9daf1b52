using Suite.Notification.Delivery;

namespace Suite.Notification.Ledger;

/// <summary>
/// Makes each delivery under its claim in the ledger, so that it happens once however often, and on
/// whichever instance, its event arrives: a delivery that ended is not made again; one that another
/// claim holds is waited for until it ends (then it is not made again) or that claim's lease runs out
/// (its instance died: then it is made here); while a delivery runs its lease is renewed; an
/// interrupted one is given up, for the redelivered event to make.
/// </summary>
public sealed partial class DeliveryClaims(
    INotificationLedger ledger, DeliveryClock clock, IOptions<NotificationOptions> options, ILogger<DeliveryClaims> logger)
{
    /// <summary>How often a waiter looks at the ledger again; a delivery that ends in this process wakes it at once.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    private readonly TimeSpan _longestDelivery = options.Value.Delivery.MaxDeliveryTime;
    private TaskCompletionSource _ended = NewSignal();

    /// <summary>
    /// Makes the delivery <paramref name="key"/> names with <paramref name="deliver"/> unless it was made already; null then.
    /// Throws <see cref="DeliveryStillClaimedException"/> when another claim holds it beyond any delivery's length.
    /// </summary>
    public async Task<DeliveryResult?> RunOnceAsync(DeliveryKey key, Func<CancellationToken, Task<DeliveryResult>> deliver, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deliver);
        if (await ClaimAsync(key, cancellationToken) is not { } claim)
        {
            return null;
        }

        using var renewal = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var keepAlive = KeepAliveAsync(key, claim, renewal.Token);
        DeliveryResult result;
        try
        {
            result = await deliver(cancellationToken);
        }
        catch
        {
            await StopAsync(renewal, keepAlive);
            await AbandonAsync(key, claim);
            Signal();
            throw;
        }

        await StopAsync(renewal, keepAlive);

        // Not abandoned when this fails: the delivery was made, and its claim now runs out instead of being freed at once.
        await ledger.CompleteAsync(key, claim, result.Outcome, CancellationToken.None);
        Signal();
        return result;
    }

    /// <summary>
    /// Waits while a delivery of one of <paramref name="eventKinds"/> of the deployment to <paramref name="channel"/> (other than
    /// <paramref name="except"/>) is being made, at most as long as one delivery may take.
    /// </summary>
    public async Task WaitWhileInFlightAsync(Guid deploymentId, string channel, IReadOnlyCollection<string> eventKinds, DeliveryKey except,
        CancellationToken cancellationToken)
    {
        var giveUpAt = clock.Now + _longestDelivery + ClaimLease.Duration;
        while (true)
        {
            var ended = Volatile.Read(ref _ended).Task;
            if (!await ledger.IsAnyInFlightAsync(deploymentId, channel, eventKinds, except, cancellationToken)
                || !await NextLookAsync(ended, giveUpAt, cancellationToken))
            {
                return;
            }
        }
    }

    private async Task<Guid?> ClaimAsync(DeliveryKey key, CancellationToken cancellationToken)
    {
        // The holder may itself wait for a trigger before it sends, then take up to the longest delivery.
        var giveUpAt = clock.Now + 2 * _longestDelivery + ClaimLease.Duration;
        var waiting = false;
        while (true)
        {
            var ended = Volatile.Read(ref _ended).Task;
            var claim = await ledger.TryClaimAsync(key, cancellationToken);
            switch (claim.Status)
            {
                case ClaimStatus.Claimed:
                    return claim.Id;
                case ClaimStatus.Ended:
                    return null;
            }

            if (!waiting)
            {
                waiting = true;
                LogHeld(key.DeploymentId, key.EventKind, key.Channel);
            }

            if (!await NextLookAsync(ended, giveUpAt, cancellationToken))
            {
                throw DeliveryStillClaimedException.For(key);
            }
        }
    }

    /// <summary>Waits until a delivery ends in this process or it is time to look at the ledger again; false once past <paramref name="giveUpAt"/>.</summary>
    private async Task<bool> NextLookAsync(Task ended, DateTimeOffset giveUpAt, CancellationToken cancellationToken)
    {
        var left = giveUpAt - clock.Now;
        if (left <= TimeSpan.Zero)
        {
            return false;
        }

        await Task.WhenAny(ended, Task.Delay(left < PollInterval ? left : PollInterval, clock.Time, cancellationToken));
        cancellationToken.ThrowIfCancellationRequested();
        return true;
    }

    private async Task KeepAliveAsync(DeliveryKey key, Guid claim, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(ClaimLease.RenewEvery, clock.Time, cancellationToken);
                if (!await ledger.RenewAsync(key, claim, cancellationToken))
                {
                    LogLost(key.DeploymentId, key.EventKind, key.Channel);
                    return;
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The next renewal may get through; the lease outlasts two missed ones.
                LogRenewalFailed(key.DeploymentId, key.EventKind, key.Channel, e.GetType().Name);
            }
        }
    }

    // The claim runs out by itself when this fails; the delivery's own exception is the one to report.
    private async Task AbandonAsync(DeliveryKey key, Guid claim)
    {
        try
        {
            await ledger.AbandonAsync(key, claim, CancellationToken.None);
        }
        catch (Exception e)
        {
            LogAbandonFailed(key.DeploymentId, key.EventKind, key.Channel, e.GetType().Name);
        }
    }

    private static async Task StopAsync(CancellationTokenSource renewal, Task keepAlive)
    {
        await renewal.CancelAsync();
        await keepAlive;
    }

    private void Signal() => Interlocked.Exchange(ref _ended, NewSignal()).TrySetResult();

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deployment {DeploymentId} {Kind} to channel {Channel} is being delivered elsewhere; waiting for it to end")]
    private partial void LogHeld(Guid deploymentId, string kind, string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deployment {DeploymentId} {Kind} to channel {Channel}: the claim ran out and was taken over; it may be delivered twice")]
    private partial void LogLost(Guid deploymentId, string kind, string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deployment {DeploymentId} {Kind} to channel {Channel}: renewing the claim failed ({Error})")]
    private partial void LogRenewalFailed(Guid deploymentId, string kind, string channel, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deployment {DeploymentId} {Kind} to channel {Channel}: giving the claim up failed ({Error}); it runs out instead")]
    private partial void LogAbandonFailed(Guid deploymentId, string kind, string channel, string error);
}
