using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Suite.Cluster;
using Suite.Contracts;
using Suite.Rollout.Retire;
using Suite.Rollout.Rollback;
using Suite.Rollout.Routing;
using Suite.Rollout.Steps;

namespace Suite.Rollout;

public static class RolloutServiceExtensions
{
    /// <summary>The cluster and how long to wait for pods (<c>Suite:Rollout</c>).</summary>
    public static IHostApplicationBuilder AddRolloutServices(this IHostApplicationBuilder builder)
    {
        builder.AddSuiteCluster();
        builder.Services.AddOptions<RolloutOptions>()
            .BindConfiguration("Suite:Rollout")
            .Validate(o => o.PollInterval > TimeSpan.Zero, "Suite:Rollout:PollInterval must be positive")
            .Validate(o => o.ReadyTimeout >= TimeSpan.Zero, "Suite:Rollout:ReadyTimeout must not be negative");
        return builder;
    }

    /// <summary>The Rollout queue's consumers, partitioned by deployment (<see cref="RolloutPartitions"/>).</summary>
    public static IBusRegistrationConfigurator AddRolloutConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<ApplyRolloutStepConsumer>().Endpoint(e => e.Name = ServiceQueues.Rollout);
        bus.AddConsumer<RollBackDeploymentConsumer>().Endpoint(e => e.Name = ServiceQueues.Rollout);
        bus.AddConsumer<SetTrafficRouteConsumer>().Endpoint(e => e.Name = ServiceQueues.Rollout);
        bus.AddConsumer<RetirePreviousVersionConsumer>().Endpoint(e => e.Name = ServiceQueues.Rollout);
        bus.AddConfigureEndpointsCallback((name, endpoint) =>
        {
            if (name == ServiceQueues.Rollout)
            {
                RolloutPartitions.Apply(endpoint);
            }
        });
        return bus;
    }
}
