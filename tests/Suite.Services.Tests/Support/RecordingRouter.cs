using System.Collections.Concurrent;
using Suite.Cluster;
using Suite.Cluster.Routing;
using Suite.Contracts;

namespace Suite.Services.Tests.Support;

/// <summary>Passes every call to the real router and remembers each change with the cluster's state when it was made.</summary>
public sealed class RecordingRouter(ITrafficRouter inner, IClusterGateway cluster) : ITrafficRouter
{
    private readonly ConcurrentQueue<RouteCall> _calls = new();

    public IReadOnlyList<RouteCall> Calls => [.. _calls];

    public async Task SetRouteAsync(WorkloadRef workload, string image, int? weightPercent, HeaderRoute? headerRoute, CancellationToken cancellationToken)
    {
        var header = headerRoute is null ? "" : $" {headerRoute.Name}={headerRoute.Value}";
        await Record($"set {image} {weightPercent}%{header}", workload, cancellationToken);
        await inner.SetRouteAsync(workload, image, weightPercent, headerRoute, cancellationToken);
    }

    public async Task<bool> SetRouteUnlessRolledBackAsync(
        WorkloadRef workload, string image, int? weightPercent, HeaderRoute? headerRoute, Guid deploymentId, CancellationToken cancellationToken)
    {
        var header = headerRoute is null ? "" : $" {headerRoute.Name}={headerRoute.Value}";
        var route = weightPercent is null && headerRoute is null ? "clear" : $"set {image} {weightPercent}%{header}";
        await Record($"{route} unless rolled back", workload, cancellationToken);
        return await inner.SetRouteUnlessRolledBackAsync(workload, image, weightPercent, headerRoute, deploymentId, cancellationToken);
    }

    public async Task ClearRouteAsync(WorkloadRef workload, CancellationToken cancellationToken)
    {
        await Record("clear", workload, cancellationToken);
        await inner.ClearRouteAsync(workload, cancellationToken);
    }

    public Task<TrafficRoute?> GetRouteAsync(WorkloadRef workload, CancellationToken cancellationToken) => inner.GetRouteAsync(workload, cancellationToken);

    private async Task Record(string call, WorkloadRef workload, CancellationToken cancellationToken) =>
        _calls.Enqueue(new RouteCall(call, await cluster.GetWorkloadAsync(workload, cancellationToken)));
}
