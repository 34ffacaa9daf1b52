using System.Collections.Concurrent;

namespace Suite.Sagas.Leases;

/// <summary>Leases for one process (the embedded host, or a single orchestrator).</summary>
public sealed class InMemoryDeploymentLeases : IDeploymentLeases
{
    private readonly ConcurrentDictionary<(string, string), Guid> _holders = new();

    public Task<Guid?> TryAcquireAsync(string @namespace, string application, Guid deploymentId, CancellationToken cancellationToken)
    {
        var holder = _holders.GetOrAdd((@namespace, application), deploymentId);
        return Task.FromResult<Guid?>(holder == deploymentId ? null : holder);
    }

    public Task ReleaseAsync(string @namespace, string application, Guid deploymentId, CancellationToken cancellationToken)
    {
        _holders.TryRemove(new KeyValuePair<(string, string), Guid>((@namespace, application), deploymentId));
        return Task.CompletedTask;
    }
}
