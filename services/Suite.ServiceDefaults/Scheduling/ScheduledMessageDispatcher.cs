using Microsoft.Extensions.Options;

namespace Suite.ServiceDefaults;

/// <summary>
/// Sends each stored message to its destination when it falls due. It sleeps on a timer of
/// the injected <see cref="TimeProvider"/> until the earliest due time, woken early when a
/// message is added. A message is removed from the store only after the send succeeded. It
/// claims one message at a time, just before sending it: a claim taken for a whole batch could
/// run out while earlier sends of the batch were slow, and another scheduler instance would then
/// send the rest as well.
/// </summary>
internal sealed class ScheduledMessageDispatcher(
    IServiceScopeFactory scopes,
    SchedulerSignal signal,
    IBus bus,
    TimeProvider time,
    IOptions<SchedulerOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<ScheduledMessageDispatcher> logger) : BackgroundService
{
    private readonly SchedulerOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await WhenStarted(stoppingToken).ConfigureAwait(false);
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan sleep;
            try
            {
                sleep = await DispatchDue(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(exception, "Reading scheduled messages failed; trying again in {RetryDelay}", _options.RetryDelay);
                sleep = _options.RetryDelay;
            }

            try
            {
                await signal.WaitAsync(sleep, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    // Sending before the bus has started would only fail, so wait for the host to be up.
    private Task WhenStarted(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        return started.Task.WaitAsync(stoppingToken);
    }

    private async Task<TimeSpan> DispatchDue(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IScheduledMessageStore>();
        for (var sent = 0; sent < _options.BatchSize; sent++)
        {
            var due = await store.GetDue(time.GetUtcNow(), 1, cancellationToken).ConfigureAwait(false);
            if (due.Count == 0)
            {
                break;
            }

            await Dispatch(store, due[0], cancellationToken).ConfigureAwait(false);
        }

        var next = await store.GetNextDueAt(cancellationToken).ConfigureAwait(false);
        var untilNext = next is { } at ? at - time.GetUtcNow() : _options.PollInterval;
        return untilNext < TimeSpan.Zero ? TimeSpan.Zero
            : untilNext > _options.PollInterval ? _options.PollInterval
            : untilNext;
    }

    private async Task Dispatch(IScheduledMessageStore store, ScheduledMessageRecord message, CancellationToken stoppingToken)
    {
        try
        {
            await Send(message, stoppingToken).ConfigureAwait(false);
            await store.Complete(message, stoppingToken).ConfigureAwait(false);
            logger.LogDebug("Sent scheduled {TokenId} to {Destination}", message.TokenId, message.Destination);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            var attempts = message.Attempts + 1;
            if (_options.MaxAttempts > 0 && attempts >= _options.MaxAttempts)
            {
                logger.LogError(exception, "Dropping scheduled {TokenId} ({MessageType}) to {Destination} after {Attempts} failed sends",
                    message.TokenId, string.Join(';', message.PayloadType), message.Destination, attempts);
                await store.Complete(message, stoppingToken).ConfigureAwait(false);
                return;
            }

            var delay = SchedulerBackoff.After(attempts, _options.RetryDelay, _options.MaxRetryDelay);
            logger.LogWarning(exception, "Sending scheduled {TokenId} ({MessageType}) to {Destination} failed {Attempts} time(s); trying again in {RetryDelay}",
                message.TokenId, string.Join(';', message.PayloadType), message.Destination, attempts, delay);
            await store.Retry(message, time.GetUtcNow() + delay, stoppingToken).ConfigureAwait(false);
        }
    }

    // A send that outlives SendTimeout counts as failed even if the transport ignores the
    // cancellation: the others due must not wait behind it. Should it still complete later, the
    // message arrives twice, which consumers tolerate (and sagas recognise by its token).
    private async Task Send(ScheduledMessageRecord message, CancellationToken stoppingToken)
    {
        using var expired = new CancellationTokenSource(_options.SendTimeout, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, expired.Token);
        try
        {
            var endpoint = await bus.GetSendEndpoint(message.Destination).WaitAsync(either.Token).ConfigureAwait(false);
            await endpoint.Send(new MassTransit.Serialization.SerializedMessageBody(), new ScheduledMessageForwardPipe(message), either.Token)
                .WaitAsync(either.Token)
                .ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (expired.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
        {
            throw new TimeoutException($"sending took longer than {_options.SendTimeout}");
        }
    }
}
