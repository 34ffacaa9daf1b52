using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Suite.Cluster;
using Suite.Contracts;
using Suite.QualityGates.Gates;

namespace Suite.QualityGates;

public static class QualityGatesServiceExtensions
{
    /// <summary>The gate's thresholds and sampling (<c>Suite:QualityGates</c>) and the cluster's metrics.</summary>
    public static IHostApplicationBuilder AddQualityGatesServices(this IHostApplicationBuilder builder)
    {
        builder.AddSuiteCluster();
        builder.Services.AddOptions<GateThresholds>().BindConfiguration("Suite:QualityGates")
            .Validate(t => t.MinRequests >= 0, "Suite:QualityGates:MinRequests must not be negative")
            .Validate(t => Enum.IsDefined(t.WhenInconclusive), "Suite:QualityGates:WhenInconclusive must be Fail or Pass");
        builder.Services.AddOptions<QualityGatesOptions>().BindConfiguration("Suite:QualityGates")
            .Validate(o => o.SampleInterval > TimeSpan.Zero, "Suite:QualityGates:SampleInterval must be positive")
            .Validate(o => o.MaxInconclusiveWait >= TimeSpan.Zero, "Suite:QualityGates:MaxInconclusiveWait must not be negative");
        return builder;
    }

    public static IBusRegistrationConfigurator AddQualityGatesConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<EvaluateGateConsumer>().Endpoint(e => e.Name = ServiceQueues.QualityGates);
        return bus;
    }
}
