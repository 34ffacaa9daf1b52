using Microsoft.Extensions.DependencyInjection.Extensions;
using Suite.Cluster;

namespace Suite.Planning;

public static class PlanningServiceExtensions
{
    public static IHostApplicationBuilder AddPlanningServices(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddSuiteCluster();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddOptions<PlanTimings>().BindConfiguration(PlanTimings.SectionName);
        return builder;
    }

    public static IBusRegistrationConfigurator AddPlanningConsumers(this IBusRegistrationConfigurator bus)
    {
        ArgumentNullException.ThrowIfNull(bus);
        bus.AddConsumer<PlanDeploymentConsumer>().Endpoint(e => e.Name = ServiceQueues.Planning);
        return bus;
    }
}
