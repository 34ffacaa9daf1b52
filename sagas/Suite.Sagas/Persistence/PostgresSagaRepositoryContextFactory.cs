using MassTransit.Saga;
using Suite.ServiceDefaults.Postgres;

namespace Suite.Sagas.Persistence;

/// <summary>
/// Plugs the PostgreSQL saga store into MassTransit. Inside a message consumed through the
/// PostgreSQL outbox, it joins that message's transaction (so the saga's state, its history events
/// and the messages it sends commit together); otherwise it runs its own.
/// </summary>
public sealed class PostgresSagaRepositoryContextFactory<TSaga>(
    SuitePostgres postgres,
    ISagaConsumeContextFactory<PostgresSagaDatabase<TSaga>, TSaga> factory)
    : ISagaRepositoryContextFactory<TSaga>, ILoadSagaRepositoryContextFactory<TSaga>, IQuerySagaRepositoryContextFactory<TSaga>
    where TSaga : class, ISagaVersion
{
    public Task Send<T>(ConsumeContext<T> context, IPipe<SagaRepositoryContext<TSaga, T>> next)
        where T : class =>
        InTransaction(context, database => next.Send(new PostgresSagaRepositoryContext<TSaga, T>(database, context, factory)), context.CancellationToken);

    public Task SendQuery<T>(ConsumeContext<T> context, ISagaQuery<TSaga> query, IPipe<SagaRepositoryQueryContext<TSaga, T>> next)
        where T : class =>
        InTransaction(context, async database =>
        {
            var matches = await PostgresSagaQueries.Matching(database, query, context.CancellationToken).ConfigureAwait(false);
            var repositoryContext = new PostgresSagaRepositoryContext<TSaga, T>(database, context, factory);
            await next.Send(new LoadedSagaRepositoryQueryContext<TSaga, T>(repositoryContext, matches)).ConfigureAwait(false);
        }, context.CancellationToken);

    public async Task<T> Execute<T>(Func<LoadSagaRepositoryContext<TSaga>, Task<T>> asyncMethod, CancellationToken cancellationToken = default)
        where T : class
    {
        T result = null!;
        await InTransaction(null, async database => result = await asyncMethod(new PostgresSagaQueryContext<TSaga>(database, cancellationToken))
            .ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        return result;
    }

    public async Task<T> Execute<T>(Func<QuerySagaRepositoryContext<TSaga>, Task<T>> asyncMethod, CancellationToken cancellationToken = default)
        where T : class
    {
        T result = null!;
        await InTransaction(null, async database => result = await asyncMethod(new PostgresSagaQueryContext<TSaga>(database, cancellationToken))
            .ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        return result;
    }

    public void Probe(ProbeContext context) => context.Add("persistence", "postgresql");

    private async Task InTransaction(PipeContext? context, Func<PostgresSagaDatabase<TSaga>, Task> action, CancellationToken cancellationToken)
    {
        if (context is not null && context.TryGetPayload<PostgresTransactionContext>(out var ambient) && ambient.IsActive)
        {
            await action(new PostgresSagaDatabase<TSaga>(postgres, ambient)).ConfigureAwait(false);
            return;
        }

        var own = new PostgresTransactionContext();
        await using var connection = await postgres.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        own.Begin(connection, transaction);
        try
        {
            await action(new PostgresSagaDatabase<TSaga>(postgres, own)).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            own.End();
        }
    }
}
