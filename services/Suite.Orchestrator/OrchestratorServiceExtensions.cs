using MassTransit;
using Suite.Sagas;
using Suite.Sagas.Deployments;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Postgres;

namespace Suite.Orchestrator;

public static class OrchestratorServiceExtensions
{
    public static IHostApplicationBuilder AddOrchestratorServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddDeploymentStores(builder.Configuration.UsesPostgres());
        builder.Services.AddOptions<DeploymentTimings>().BindConfiguration("Suite:Deployments");
        builder.Services.AddOptions<DeploymentPolicy>().BindConfiguration("Suite:Deployments");
        return builder;
    }

    /// <summary>The saga and the history query; over RabbitMQ or with PostgreSQL also the scheduler the saga's waits go through.</summary>
    public static IBusRegistrationConfigurator AddOrchestratorConsumers(this IBusRegistrationConfigurator bus, IConfiguration configuration)
    {
        bus.AddDeploymentSaga(configuration.UsesPostgres());
        if (configuration.UsesSuiteScheduler())
        {
            bus.AddSuiteScheduler();
        }

        return bus;
    }
}
