using MassTransit.Configuration;
using MassTransit.Saga;

namespace Suite.Sagas.Persistence;

public static class PostgresSagaRepositoryRegistration
{
    /// <summary>Keeps <typeparamref name="TSaga"/> in PostgreSQL (the shape MassTransit's Dapper and Marten repositories register).</summary>
    public static ISagaRegistrationConfigurator<TSaga> PostgresRepository<TSaga>(this ISagaRegistrationConfigurator<TSaga> saga)
        where TSaga : class, SagaStateMachineInstance, ISagaVersion =>
        saga.Repository(r =>
        {
            r.RegisterLoadSagaRepository<TSaga, PostgresSagaRepositoryContextFactory<TSaga>>();
            r.RegisterQuerySagaRepository<TSaga, PostgresSagaRepositoryContextFactory<TSaga>>();
            r.RegisterSagaRepository<TSaga, PostgresSagaDatabase<TSaga>, SagaConsumeContextFactory<PostgresSagaDatabase<TSaga>, TSaga>,
                PostgresSagaRepositoryContextFactory<TSaga>>();
        });
}
