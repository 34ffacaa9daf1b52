using MassTransit.Configuration;

namespace Suite.ServiceDefaults.Postgres.Outbox;

/// <summary>Puts MassTransit's outbox filter, on Suite's PostgreSQL inbox and outbox, on every consumer and saga message except the bypassed ones.</summary>
internal sealed class SuiteOutboxObserver(OutboxConsumePipeSpecificationObserver<PostgresOutbox> outbox, IReadOnlySet<Type> bypassed)
    : IConsumerConfigurationObserver, ISagaConfigurationObserver
{
    public void ConsumerConfigured<TConsumer>(IConsumerConfigurator<TConsumer> configurator)
        where TConsumer : class =>
        outbox.ConsumerConfigured(configurator);

    public void ConsumerMessageConfigured<TConsumer, TMessage>(IConsumerMessageConfigurator<TConsumer, TMessage> configurator)
        where TConsumer : class
        where TMessage : class
    {
        if (!bypassed.Contains(typeof(TMessage)))
        {
            outbox.ConsumerMessageConfigured(configurator);
        }
    }

    public void SagaConfigured<TSaga>(ISagaConfigurator<TSaga> configurator)
        where TSaga : class, ISaga =>
        outbox.SagaConfigured(configurator);

    public void StateMachineSagaConfigured<TInstance>(ISagaConfigurator<TInstance> configurator, SagaStateMachine<TInstance> stateMachine)
        where TInstance : class, ISaga, SagaStateMachineInstance =>
        outbox.StateMachineSagaConfigured(configurator, stateMachine);

    public void SagaMessageConfigured<TSaga, TMessage>(ISagaMessageConfigurator<TSaga, TMessage> configurator)
        where TSaga : class, ISaga
        where TMessage : class
    {
        if (!bypassed.Contains(typeof(TMessage)))
        {
            outbox.SagaMessageConfigured(configurator);
        }
    }
}
