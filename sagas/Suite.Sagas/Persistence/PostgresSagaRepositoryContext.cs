using MassTransit.Context;
using MassTransit.Saga;

namespace Suite.Sagas.Persistence;

/// <summary>The saga repository as one message's consumer sees it: every read and write goes through its transaction.</summary>
internal sealed class PostgresSagaRepositoryContext<TSaga, TMessage>(
    PostgresSagaDatabase<TSaga> database,
    ConsumeContext<TMessage> consumeContext,
    ISagaConsumeContextFactory<PostgresSagaDatabase<TSaga>, TSaga> factory)
    : ConsumeContextScope<TMessage>(consumeContext, database, database.Transaction), SagaRepositoryContext<TSaga, TMessage>
    where TSaga : class, ISagaVersion
    where TMessage : class
{
    public Task<SagaConsumeContext<TSaga, TMessage>> Add(TSaga instance) =>
        factory.CreateSagaConsumeContext(database, (ConsumeContext<TMessage>)this, instance, SagaConsumeContextMode.Add);

    public async Task<SagaConsumeContext<TSaga, TMessage>> Insert(TSaga instance) =>
        await database.TryInsertAsync(instance, CancellationToken).ConfigureAwait(false)
            ? await factory.CreateSagaConsumeContext(database, (ConsumeContext<TMessage>)this, instance, SagaConsumeContextMode.Insert).ConfigureAwait(false)
            : null!;

    public async Task<SagaConsumeContext<TSaga, TMessage>> Load(Guid correlationId) =>
        await database.LoadAsync(correlationId, CancellationToken).ConfigureAwait(false) is { } instance
            ? await factory.CreateSagaConsumeContext(database, (ConsumeContext<TMessage>)this, instance, SagaConsumeContextMode.Load).ConfigureAwait(false)
            : null!;

    public Task<SagaConsumeContext<TSaga, T>> CreateSagaConsumeContext<T>(ConsumeContext<T> consumeContext, TSaga instance,
        SagaConsumeContextMode mode)
        where T : class =>
        factory.CreateSagaConsumeContext(database, consumeContext, instance, mode);

    public Task Save(SagaConsumeContext<TSaga> context) => database.InsertAsync(context.Saga, CancellationToken);

    public Task Update(SagaConsumeContext<TSaga> context) => database.UpdateAsync(context.Saga, CancellationToken);

    public Task Delete(SagaConsumeContext<TSaga> context) => database.DeleteAsync(context.Saga, CancellationToken);

    public Task Discard(SagaConsumeContext<TSaga> context) => Task.CompletedTask;

    public Task Undo(SagaConsumeContext<TSaga> context) => Task.CompletedTask;
}
