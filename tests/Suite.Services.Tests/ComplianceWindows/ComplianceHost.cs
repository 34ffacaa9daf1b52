using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MassTransit;
using Suite.ComplianceWindows;

namespace Suite.Services.Tests.ComplianceWindows;

/// <summary>The ComplianceWindows service as its host composes it, on the test harness and a test clock.</summary>
internal static class ComplianceHost
{
    public static IHost Build(TimeProvider clock, IDictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton(clock);
        builder.AddComplianceWindowsServices();
        builder.Services.AddMassTransitTestHarness(x => x.AddComplianceWindowsConsumers());
        return builder.Build();
    }
}
