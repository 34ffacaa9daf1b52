using MassTransit.Middleware;
using Microsoft.Extensions.Options;

namespace Suite.ServiceDefaults.Postgres.Outbox;

/// <summary>
/// Consumes each message at most once per consumer and delivers what it sent after commit:
/// <list type="number">
/// <item>Receiving records the message in the inbox in a statement of its own and claims it with a
/// lease, renewed while the consumer works. A second delivery of the same message waits while the
/// lease runs (it takes over when the claimant died), so a redelivered command has no second effect.</item>
/// <item>The consumer runs in a unit of work whose transaction begins at its first database command
/// (the saga's load), or only when the consume is marked consumed: a service that waits minutes for
/// pods holds no transaction and no connection meanwhile. The consumed mark and the outbox rows are
/// written in that transaction, after re-reading the inbox row under lock; a duplicate that finished
/// first makes this one roll back and send nothing.</item>
/// <item>The outbox is then delivered in a transaction that locks the inbox row, and forgotten in a
/// last one. A process that dies in between leaves the rows for the redelivery or the
/// <see cref="OutboxSweeper"/>.</item>
/// </list>
/// </summary>
internal sealed class PostgresOutboxContextFactory(
    SuitePostgres postgres,
    PostgresTransactionContext transaction,
    PostgresInbox inbox,
    IServiceProvider provider,
    TimeProvider time,
    IOptions<PostgresOutboxOptions> options,
    ILogger<PostgresOutboxContextFactory> logger)
    : IOutboxContextFactory<PostgresOutbox>
{
    public async Task Send<T>(ConsumeContext<T> context, OutboxConsumeOptions consumeOptions, IPipe<OutboxConsumeContext<T>> next)
        where T : class
    {
        var messageId = context.GetOriginalMessageId() ?? throw new MessageException(typeof(T), "the PostgreSQL inbox needs a MessageId");
        // The same unit of work, for what finds it on the context (the saga repository) and in the scope (the event store, the leases).
        context.AddOrUpdatePayload(() => transaction, _ => transaction);
        var claimant = NewId.NextGuid();
        var state = await ReceiveWhenFree(messageId, consumeOptions.ConsumerId, claimant, context.CancellationToken).ConfigureAwait(false);
        var continueProcessing = state.ConsumedAt is not null || await Consume(context, consumeOptions, next, state, claimant).ConfigureAwait(false);

        // Consumed (here or by another delivery): each pass from here on reads the inbox row again under its lock.
        while (continueProcessing)
        {
            continueProcessing = await Deliver(context, consumeOptions, next, messageId).ConfigureAwait(false);
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("outboxContextFactory").Add("provider", "postgresql");

    private async Task<InboxState> ReceiveWhenFree(Guid messageId, Guid consumerId, Guid claimant, CancellationToken cancellationToken)
    {
        var lease = options.Value.Lease;
        var poll = TimeSpan.FromTicks(Math.Clamp(lease.Ticks / 4, TimeSpan.FromMilliseconds(50).Ticks, TimeSpan.FromSeconds(1).Ticks));
        var state = await inbox.ReceiveAsync(messageId, consumerId, claimant, lease, cancellationToken).ConfigureAwait(false);
        if (state.Busy)
        {
            logger.LogDebug("Message {MessageId} is being consumed by another delivery; waiting for it", messageId);
        }

        while (state.Busy)
        {
            await Task.Delay(poll, time, cancellationToken).ConfigureAwait(false);
            state = await inbox.ReceiveAsync(messageId, consumerId, claimant, lease, cancellationToken).ConfigureAwait(false);
        }

        return state;
    }

    private async Task<bool> Consume<T>(ConsumeContext<T> context, OutboxConsumeOptions consumeOptions, IPipe<OutboxConsumeContext<T>> next,
        InboxState state, Guid claimant)
        where T : class
    {
        var committed = false;
        await using var renewal = InboxLeaseRenewal.Start(inbox, state, claimant, options.Value.Lease, time, logger);
        transaction.Open(postgres.DataSource);
        try
        {
            var outboxContext = new PostgresOutboxConsumeContext<T>(context, consumeOptions, provider, postgres, transaction, state, time);
            await next.Send(outboxContext).ConfigureAwait(false);
            if (outboxContext.ConsumedElsewhere)
            {
                logger.LogDebug("Message {MessageId} was consumed by another delivery meanwhile; this one's work is rolled back", state.MessageId);
                return true;
            }

            await transaction.CommitAsync(context.CancellationToken).ConfigureAwait(false);
            committed = true;
            OutboxFaults.AfterConsumeCommitted(typeof(T));
            return outboxContext.ContinueProcessing;
        }
        finally
        {
            await transaction.CloseAsync().ConfigureAwait(false);
            if (!committed)
            {
                await inbox.ReleaseAsync(state.MessageId, state.ConsumerId, claimant).ConfigureAwait(false);
            }
        }
    }

    private async Task<bool> Deliver<T>(ConsumeContext<T> context, OutboxConsumeOptions consumeOptions, IPipe<OutboxConsumeContext<T>> next,
        Guid messageId)
        where T : class
    {
        transaction.Open(postgres.DataSource);
        try
        {
            var state = await inbox.LockAsync(transaction, messageId, consumeOptions.ConsumerId, context.CancellationToken).ConfigureAwait(false)
                ?? new InboxState { MessageId = messageId, ConsumerId = consumeOptions.ConsumerId, ConsumedAt = time.GetUtcNow(), DeliveredAt = time.GetUtcNow() };
            var outboxContext = new PostgresOutboxConsumeContext<T>(context, consumeOptions, provider, postgres, transaction, state, time);
            await next.Send(outboxContext).ConfigureAwait(false);
            await transaction.CommitAsync(context.CancellationToken).ConfigureAwait(false);
            return outboxContext.ContinueProcessing;
        }
        finally
        {
            await transaction.CloseAsync().ConfigureAwait(false);
        }
    }
}
