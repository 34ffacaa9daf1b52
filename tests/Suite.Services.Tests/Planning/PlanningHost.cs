using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Suite.Cluster;
using Suite.Contracts.Planning;
using Suite.Planning;
using Suite.Testing;

namespace Suite.Services.Tests.Planning;

/// <summary>The Planning service as its host composes it, on the test harness, against a cluster the test sets up.</summary>
internal sealed class PlanningHost : IAsyncDisposable
{
    private readonly IHost _host;

    private PlanningHost(IHost host)
    {
        _host = host;
        Harness = host.Services.GetRequiredService<ITestHarness>();
    }

    public ITestHarness Harness { get; }

    public static async Task<PlanningHost> Start(IClusterGateway cluster, ManualTimeProvider clock)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSingleton(cluster);
        builder.AddPlanningServices();
        builder.Services.AddMassTransitTestHarness(x => x.AddPlanningConsumers());
        var host = new PlanningHost(builder.Build());
        await host.Harness.Start();
        return host;
    }

    /// <summary>Sends the command and returns the reply, DeploymentPlanned or PlanningFailed.</summary>
    public async Task<object> Plan(PlanDeployment command)
    {
        await Harness.Bus.Publish(command);
        var reply = await Harness.Published
            .SelectAsync(x => x.MessageObject is DeploymentPlanned p && p.DeploymentId == command.DeploymentId
                || x.MessageObject is PlanningFailed f && f.DeploymentId == command.DeploymentId)
            .First();
        return reply.MessageObject;
    }

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        _host.Dispose();
    }
}
