using Microsoft.Extensions.Options;

namespace Suite.ServiceDefaults;

/// <summary>
/// Sends each stored message to its destination when it falls due. It sleeps on a timer of
/// the injected <see cref="TimeProvider"/> until the earliest due time, woken early when a
/// message is added. A message is removed from the store only after the send succeeded.
/// </summary>
internal sealed class ScheduledMessageDispatcher(
    IScheduledMessageStore store,
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
        while (true)
        {
            var due = await store.GetDue(time.GetUtcNow(), _options.BatchSize, cancellationToken).ConfigureAwait(false);
            foreach (var message in due)
            {
                await Dispatch(message, cancellationToken).ConfigureAwait(false);
            }

            if (due.Count < _options.BatchSize)
            {
                break;
            }
        }

        var next = await store.GetNextDueAt(cancellationToken).ConfigureAwait(false);
        var untilNext = next is { } at ? at - time.GetUtcNow() : _options.PollInterval;
        return untilNext < TimeSpan.Zero ? TimeSpan.Zero
            : untilNext > _options.PollInterval ? _options.PollInterval
            : untilNext;
    }

    private async Task Dispatch(ScheduledMessageRecord message, CancellationToken cancellationToken)
    {
        try
        {
            var endpoint = await bus.GetSendEndpoint(message.Destination).ConfigureAwait(false);
            await endpoint.Send(new MassTransit.Serialization.SerializedMessageBody(), new ScheduledMessageForwardPipe(message), cancellationToken)
                .ConfigureAwait(false);
            await store.Complete(message, cancellationToken).ConfigureAwait(false);
            logger.LogDebug("Sent scheduled {TokenId} to {Destination}", message.TokenId, message.Destination);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            if (message.Attempts + 1 >= _options.MaxAttempts)
            {
                logger.LogError(exception, "Dropping scheduled {TokenId} ({MessageType}) to {Destination} after {Attempts} failed sends",
                    message.TokenId, string.Join(';', message.PayloadType), message.Destination, message.Attempts + 1);
                await store.Complete(message, cancellationToken).ConfigureAwait(false);
                return;
            }

            logger.LogWarning(exception, "Sending scheduled {TokenId} to {Destination} failed; trying again in {RetryDelay}",
                message.TokenId, message.Destination, _options.RetryDelay);
            await store.Retry(message, time.GetUtcNow() + _options.RetryDelay, cancellationToken).ConfigureAwait(false);
        }
    }
}
