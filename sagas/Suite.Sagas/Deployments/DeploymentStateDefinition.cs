namespace Suite.Sagas.Deployments;

/// <summary>
/// The saga's endpoint: retries for concurrency conflicts, and an outbox so that the commands a
/// transition sends leave only after its state is saved.
/// </summary>
public sealed class DeploymentStateDefinition : SagaDefinition<DeploymentState>
{
    public DeploymentStateDefinition() => EndpointName = ServiceQueues.Orchestrator;

    protected override void ConfigureSaga(IReceiveEndpointConfigurator endpointConfigurator, ISagaConfigurator<DeploymentState> sagaConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(r => r.Intervals(50, 200, 1000, 2000));
        endpointConfigurator.UseInMemoryOutbox(context);
    }
}
