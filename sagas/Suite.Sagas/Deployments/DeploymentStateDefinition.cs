using Suite.ServiceDefaults.Postgres;

namespace Suite.Sagas.Deployments;

/// <summary>
/// The saga's endpoint: retries for concurrency conflicts, and an outbox so that the commands a
/// transition sends leave only after its state is saved. With PostgreSQL that is the durable
/// outbox every endpoint gets (see OutboxRegistration); in memory, MassTransit's in-memory one.
/// </summary>
public sealed class DeploymentStateDefinition : SagaDefinition<DeploymentState>
{
    public DeploymentStateDefinition() => EndpointName = ServiceQueues.Orchestrator;

    protected override void ConfigureSaga(IReceiveEndpointConfigurator endpointConfigurator, ISagaConfigurator<DeploymentState> sagaConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(r => r.Intervals(50, 200, 1000, 2000));
        if (context.GetService(typeof(SuitePostgres)) is null)
        {
            endpointConfigurator.UseInMemoryOutbox(context);
        }
    }
}
