using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Suite.Api;

public static class ApiServiceExtensions
{
    public static IHostApplicationBuilder AddApiServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section);
        builder.Services.TryAddSingleton(TimeProvider.System);
        return builder;
    }

    /// <summary>The API consumes nothing: it publishes commands and asks the Orchestrator and the history through request clients.</summary>
    public static IBusRegistrationConfigurator AddApiConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddRequestClient<GetDeploymentState>(ServiceQueues.Address(ServiceQueues.Orchestrator));
        bus.AddRequestClient<GetDeploymentHistory>(ServiceQueues.Address(ServiceQueues.History));
        return bus;
    }
}
