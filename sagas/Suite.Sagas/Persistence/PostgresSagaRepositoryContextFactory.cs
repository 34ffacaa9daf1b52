using MassTransit.Saga;
using Suite.ServiceDefaults.Postgres;

namespace Suite.Sagas.Persistence;

/// <summary>
/// Plugs the PostgreSQL saga store into MassTransit. It works in the scope's unit of work (the
/// <see cref="PostgresTransactionContext"/> the event store and the leases of the same message use):
/// inside a message consumed through the PostgreSQL outbox it joins the unit the outbox opened, so
/// the saga's state, its history events and the messages it sends commit together. A message that
/// bypasses the outbox (a read-only query such as <c>GetDeploymentState</c>) and a load outside any
/// message open the scope's unit here, read without locking and commit it; whatever such a message
/// records still commits together with the saga's state, because it goes through the same unit.
/// </summary>
public sealed class PostgresSagaRepositoryContextFactory<TSaga>(
    SuitePostgres postgres,
    PostgresTransactionContext transaction,
    ISagaConsumeContextFactory<PostgresSagaDatabase<TSaga>, TSaga> factory)
    : ISagaRepositoryContextFactory<TSaga>, ILoadSagaRepositoryContextFactory<TSaga>, IQuerySagaRepositoryContextFactory<TSaga>
    where TSaga : class, ISagaVersion
{
    public Task Send<T>(ConsumeContext<T> context, IPipe<SagaRepositoryContext<TSaga, T>> next)
        where T : class =>
        InUnitOfWork(database => next.Send(new PostgresSagaRepositoryContext<TSaga, T>(database, context, factory)), context.CancellationToken, context);

    public Task SendQuery<T>(ConsumeContext<T> context, ISagaQuery<TSaga> query, IPipe<SagaRepositoryQueryContext<TSaga, T>> next)
        where T : class =>
        InUnitOfWork(async database =>
        {
            var matches = await PostgresSagaQueries.Matching(database, query, context.CancellationToken).ConfigureAwait(false);
            var repositoryContext = new PostgresSagaRepositoryContext<TSaga, T>(database, context, factory);
            await next.Send(new LoadedSagaRepositoryQueryContext<TSaga, T>(repositoryContext, matches)).ConfigureAwait(false);
        }, context.CancellationToken, context);

    public async Task<T> Execute<T>(Func<LoadSagaRepositoryContext<TSaga>, Task<T>> asyncMethod, CancellationToken cancellationToken = default)
        where T : class
    {
        T result = null!;
        await InUnitOfWork(async database => result = await asyncMethod(new PostgresSagaQueryContext<TSaga>(database, cancellationToken))
            .ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        return result;
    }

    public async Task<T> Execute<T>(Func<QuerySagaRepositoryContext<TSaga>, Task<T>> asyncMethod, CancellationToken cancellationToken = default)
        where T : class
    {
        T result = null!;
        await InUnitOfWork(async database => result = await asyncMethod(new PostgresSagaQueryContext<TSaga>(database, cancellationToken))
            .ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        return result;
    }

    public void Probe(ProbeContext context) => context.Add("persistence", "postgresql");

    private async Task InUnitOfWork(Func<PostgresSagaDatabase<TSaga>, Task> action, CancellationToken cancellationToken, PipeContext? message = null)
    {
        // The event store and the leases find the unit of work in the scope; one on the message from another scope would split the commit.
        if (message is not null && message.TryGetPayload<PostgresTransactionContext>(out var carried) && carried.IsActive && !ReferenceEquals(carried, transaction))
        {
            throw new InvalidOperationException(
                $"the message's PostgreSQL unit of work is not its scope's: {typeof(TSaga).Name}'s state and history would commit separately");
        }

        if (transaction.IsActive)
        {
            await action(new PostgresSagaDatabase<TSaga>(postgres, transaction)).ConfigureAwait(false);
            return;
        }

        transaction.Open(postgres.DataSource);
        try
        {
            await action(new PostgresSagaDatabase<TSaga>(postgres, transaction, lockOnLoad: false)).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await transaction.CloseAsync().ConfigureAwait(false);
        }
    }
}
