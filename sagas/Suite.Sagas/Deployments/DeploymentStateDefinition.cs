using Suite.ServiceDefaults.Postgres;

namespace Suite.Sagas.Deployments;

/// <summary>
/// The saga's endpoint: retries for concurrency conflicts, and an outbox so that the commands a
/// transition sends leave only after its state is saved. With PostgreSQL that is the durable
/// outbox every endpoint gets (see OutboxRegistration); in memory, MassTransit's in-memory one.
/// Transitions of one deployment take turns on its row (loaded FOR UPDATE), so a conflict is rare
/// (a first insert racing a second orchestrator, a deadlock); when one happens, the whole consume
/// is tried again with growing, jittered waits, long enough for any competing transition to commit.
/// This endpoint keeps its own retry instead of the one every other endpoint gets (see
/// DeploymentSagaRegistration, which says so).
/// </summary>
public sealed class DeploymentStateDefinition : SagaDefinition<DeploymentState>
{
    public DeploymentStateDefinition() => EndpointName = ServiceQueues.Orchestrator;

    protected override void ConfigureSaga(IReceiveEndpointConfigurator endpointConfigurator, ISagaConfigurator<DeploymentState> sagaConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(r => r.Exponential(10, TimeSpan.FromMilliseconds(20), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(50)));
        if (context.GetService(typeof(SuitePostgres)) is null)
        {
            endpointConfigurator.UseInMemoryOutbox(context);
        }
    }
}
