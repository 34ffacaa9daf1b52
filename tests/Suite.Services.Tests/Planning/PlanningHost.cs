using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Suite.Cluster;
using Suite.Cluster.Routing;
using Suite.Contracts.Planning;
using Suite.Planning;
using Suite.Services.Tests.Support;
using Suite.Testing;

namespace Suite.Services.Tests.Planning;

/// <summary>The Planning service as its host composes it, on the test harness, against a cluster the test sets up.</summary>
internal sealed class PlanningHost : HarnessHost
{
    private PlanningHost(IHost host)
        : base(host)
    {
    }

    public static Task<PlanningHost> Start(IClusterGateway cluster, ManualTimeProvider clock, IMetricsSource? metrics = null, ITrafficRouter? router = null) =>
        StartAsync(new PlanningHost(Compose(
            b =>
            {
                b.Services.AddSingleton<TimeProvider>(clock);
                b.Services.AddSingleton(cluster);
                if (metrics is not null)
                {
                    b.Services.AddSingleton(metrics);
                }

                if (router is not null)
                {
                    b.Services.AddSingleton(router);
                }

                b.AddPlanningServices();
            },
            x => x.AddPlanningConsumers())));

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
}
