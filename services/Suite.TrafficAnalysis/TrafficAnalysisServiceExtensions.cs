using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Suite.Cluster;
using Suite.Contracts;
using Suite.TrafficAnalysis.Analysis;

namespace Suite.TrafficAnalysis;

public static class TrafficAnalysisServiceExtensions
{
    /// <summary>Baseline sampling (<c>Suite:TrafficAnalysis</c>) and the cluster and its metrics.</summary>
    public static IHostApplicationBuilder AddTrafficAnalysisServices(this IHostApplicationBuilder builder)
    {
        builder.AddSuiteCluster();
        builder.Services.AddOptions<TrafficAnalysisOptions>().BindConfiguration("Suite:TrafficAnalysis");
        return builder;
    }

    public static IBusRegistrationConfigurator AddTrafficAnalysisConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<AnalyzeTrafficConsumer>().Endpoint(e => e.Name = ServiceQueues.TrafficAnalysis);
        return bus;
    }
}
