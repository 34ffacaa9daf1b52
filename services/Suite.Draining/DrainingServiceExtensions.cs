using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Suite.Cluster;
using Suite.Contracts;
using Suite.Draining.Drain;

namespace Suite.Draining;

public static class DrainingServiceExtensions
{
    /// <summary>The cluster and how long to wait for pods to drain (<c>Suite:Draining</c>).</summary>
    public static IHostApplicationBuilder AddDrainingServices(this IHostApplicationBuilder builder)
    {
        builder.AddSuiteCluster();
        builder.Services.AddOptions<DrainingOptions>()
            .BindConfiguration("Suite:Draining")
            .Validate(o => o.PollInterval > TimeSpan.Zero, "Suite:Draining:PollInterval must be positive")
            .Validate(o => o.DrainTimeout >= TimeSpan.Zero, "Suite:Draining:DrainTimeout must not be negative");
        return builder;
    }

    /// <summary>The Draining queue's consumer, partitioned by deployment (<see cref="DrainingPartitions"/>).</summary>
    public static IBusRegistrationConfigurator AddDrainingConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<DrainPodsConsumer>().Endpoint(e => e.Name = ServiceQueues.Draining);
        bus.AddConfigureEndpointsCallback((name, endpoint) =>
        {
            if (name == ServiceQueues.Draining)
            {
                DrainingPartitions.Apply(endpoint);
            }
        });
        return bus;
    }
}
