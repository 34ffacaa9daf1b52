using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Suite.Sagas.Deployments;
using Suite.Sagas.EventStore;
using Suite.Sagas.History;
using Suite.Sagas.Leases;

namespace Suite.Sagas;

public static class DeploymentSagaRegistration
{
    /// <summary>The saga's stores: in memory unless something durable was registered first.</summary>
    public static IServiceCollection AddDeploymentStores(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IEventStore, InMemoryEventStore>();
        services.TryAddSingleton<IDeploymentLeases, InMemoryDeploymentLeases>();
        services.AddOptions<DeploymentTimings>();
        return services;
    }

    /// <summary>The deployment saga on its queue, and the history query beside it.</summary>
    public static IBusRegistrationConfigurator AddDeploymentSaga(this IBusRegistrationConfigurator bus)
    {
        bus.AddSagaStateMachine<DeploymentStateMachine, DeploymentState, DeploymentStateDefinition>().InMemoryRepository();
        bus.AddConsumer<GetDeploymentHistoryConsumer>().Endpoint(e => e.Name = ServiceQueues.History);
        return bus;
    }
}
