using MassTransit.Scheduling;

namespace Suite.ServiceDefaults;

/// <summary>Forgets a scheduled message; cancelling one already sent or unknown is a no-op.</summary>
public sealed class CancelScheduledMessageConsumer(
    IScheduledMessageStore store,
    ILogger<CancelScheduledMessageConsumer> logger) : IConsumer<CancelScheduledMessage>
{
    public async Task Consume(ConsumeContext<CancelScheduledMessage> context)
    {
        var removed = await store.Cancel(context.Message.TokenId, context.CancellationToken).ConfigureAwait(false);
        logger.LogDebug("Cancel of scheduled {TokenId}: {Outcome}", context.Message.TokenId, removed ? "removed" : "nothing waiting");
    }
}
