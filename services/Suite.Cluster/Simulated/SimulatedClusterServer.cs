using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Suite.Cluster.Simulated;

/// <summary>
/// Serves <see cref="SimulatedKubernetesApi"/> for a <see cref="SimulatedCluster"/> on Kestrel at
/// 127.0.0.1, so that the Kubernetes adapter, and services in other processes, can talk to it.
/// </summary>
public sealed class SimulatedClusterServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SimulatedClusterServer(WebApplication app, SimulatedCluster cluster, Uri baseAddress)
    {
        _app = app;
        Cluster = cluster;
        BaseAddress = baseAddress;
    }

    /// <summary>The server's root, ending with '/', e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    public SimulatedCluster Cluster { get; }

    /// <param name="port">0 picks a free port.</param>
    /// <param name="listenOn">Where to listen; loopback unless another container must reach it.</param>
    public static async Task<SimulatedClusterServer> StartAsync(SimulatedCluster cluster, int port = 0, CancellationToken ct = default, IPAddress? listenOn = null)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(listenOn ?? IPAddress.Loopback, port));
        builder.Services.AddRoutingCore();
        var app = builder.Build();
        app.MapSimulatedKubernetesApi(cluster);
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new SimulatedClusterServer(app, cluster, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
