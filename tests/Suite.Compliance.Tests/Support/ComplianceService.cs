using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Suite.ComplianceWindows;
using Suite.Contracts;
using Suite.Contracts.Compliance;

namespace Suite.Compliance.Tests.Support;

/// <summary>The ComplianceWindows service as its host composes it, on the MassTransit test harness and a test clock.</summary>
public sealed class ComplianceService : IAsyncDisposable
{
    private readonly IHost _host;

    private ComplianceService(IHost host)
    {
        _host = host;
        Harness = host.Services.GetRequiredService<ITestHarness>();
    }

    public ITestHarness Harness { get; }

    public static IHost Build(TimeProvider clock, IDictionary<string, string?>? settings = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddSingleton(clock);
        builder.AddComplianceWindowsServices();
        builder.Services.AddMassTransitTestHarness(x => x.AddComplianceWindowsConsumers());
        return builder.Build();
    }

    public static async Task<ComplianceService> Start(TimeProvider clock, IDictionary<string, string?>? settings = null)
    {
        var service = new ComplianceService(Build(clock, settings));
        await service.Harness.Start();
        return service;
    }

    public async Task<ComplianceWindowChecked> Check(CheckComplianceWindow check)
    {
        await Harness.Bus.Publish(check);
        var answer = await Harness.Published
            .SelectAsync<ComplianceWindowChecked>(x => x.Context.Message.DeploymentId == check.DeploymentId && x.Context.Message.CheckedAt >= check.RequestedAt)
            .First();
        return answer.Context.Message;
    }

    public async Task Report(ConditionReported report)
    {
        await Harness.Bus.Publish(report);
        Assert.True(await Harness.Consumed.Any<ConditionReported>(x => x.Context.Message == report));
    }

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        _host.Dispose();
    }
}
