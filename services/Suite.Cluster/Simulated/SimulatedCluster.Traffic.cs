using Suite.Cluster.Routing;
using Suite.Contracts;
using Suite.Contracts.Traffic;

namespace Suite.Cluster.Simulated;

/// <summary>The simulated cluster's traffic: its router, and the metrics each version and pod shows for the share it gets.</summary>
public sealed partial class SimulatedCluster : ITrafficRouter
{
    private readonly Dictionary<string, PodBehaviour> _podBehaviours = new(StringComparer.Ordinal);

    /// <summary>How the pod named <paramref name="podName"/> behaves from now on, over its version's behaviour.</summary>
    public void SetPodBehaviour(string podName, PodBehaviour behaviour)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(podName);
        ArgumentNullException.ThrowIfNull(behaviour);
        if (behaviour.ErrorRate is < 0 or > 1 || double.IsNaN(behaviour.ErrorRate) || behaviour.P95LatencyMs < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(behaviour), "ErrorRate must be between 0 and 1 and P95LatencyMs not negative");
        }

        lock (_gate)
        {
            _podBehaviours[podName] = behaviour;
        }
    }

    public Task SetRouteAsync(WorkloadRef workload, string image, int? weightPercent, HeaderRoute? headerRoute, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        SetRoute(workload, image, weightPercent, headerRoute, unlessRolledBackBy: null);
        return Task.CompletedTask;
    }

    /// <summary>Checks the marks and routes under one lock, so that a rollback marking the versions in between cannot be overtaken.</summary>
    public Task<bool> SetRouteUnlessRolledBackAsync(
        WorkloadRef workload, string image, int? weightPercent, HeaderRoute? headerRoute, Guid deploymentId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(SetRoute(workload, image, weightPercent, headerRoute, deploymentId));
    }

    private bool SetRoute(WorkloadRef workload, string image, int? weightPercent, HeaderRoute? headerRoute, Guid? unlessRolledBackBy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(image);
        if (weightPercent is < 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(weightPercent), weightPercent, "must be between 0 and 100");
        }

        if (headerRoute is not null && (string.IsNullOrWhiteSpace(headerRoute.Name) || string.IsNullOrEmpty(headerRoute.Value)))
        {
            throw new ArgumentException("a header route needs a name and a value", nameof(headerRoute));
        }

        lock (_gate)
        {
            var application = Application(workload);
            if (unlessRolledBackBy is { } id && application.Versions.Any(v => v.RolledBack.Contains(id)))
            {
                return false;
            }

            application.Route = weightPercent is null && headerRoute is null ? null : new TrafficRoute(image, weightPercent, headerRoute);
            return true;
        }
    }

    public Task ClearRouteAsync(WorkloadRef workload, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (_applications.TryGetValue(workload, out var application))
            {
                application.Route = null;
            }
        }

        return Task.CompletedTask;
    }

    public Task<TrafficRoute?> GetRouteAsync(WorkloadRef workload, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult(_applications.TryGetValue(workload, out var application) ? application.Route : null);
        }
    }

    /// <summary>
    /// The version's share of the application's requests (<see cref="TrafficSplit"/>), spread evenly over its
    /// ready pods, each failing and answering as it behaves; null when the version gets no request.
    /// </summary>
    public Task<VersionMetrics?> GetVersionMetricsAsync(WorkloadRef workload, string image, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var pods = ObservePods(workload, image);
            if (pods.Count == 0)
            {
                return Task.FromResult<VersionMetrics?>(null);
            }

            return Task.FromResult<VersionMetrics?>(new VersionMetrics
            {
                Image = image,
                RequestsPerSecond = pods.Sum(p => p.RequestsPerSecond),
                ErrorRate = MeanOf(pods.Select(p => p.ErrorRate)),
                P95LatencyMs = LatencyMix.P95([.. pods.Select(p => p.P95LatencyMs)]),
                SampledAt = _time.GetUtcNow(),
            });
        }
    }

    /// <summary>Each ready pod of the version that gets requests, with its own error rate and latency.</summary>
    public Task<IReadOnlyList<PodMetrics>> GetPodMetricsAsync(WorkloadRef workload, string image, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<PodMetrics>>(ObservePods(workload, image));
        }
    }

    // Pods that behave alike give their own figure exactly, not a sum's rounding of it.
    private static double MeanOf(IEnumerable<double> values)
    {
        var all = values.ToList();
        return all.Distinct().Count() == 1 ? all[0] : all.Average();
    }

    private List<PodMetrics> ObservePods(WorkloadRef workload, string image)
    {
        var now = _time.GetUtcNow();
        if (!_applications.TryGetValue(workload, out var application) || application.Find(image) is not { } version)
        {
            return [];
        }

        var split = TrafficSplit.RequestsPerSecond(
            [.. application.Versions.Select(v => (v.Image, v.CountAt(now, PodPhase.Ready)))],
            application.Route,
            application.RequestsPerSecond ?? Options.RequestsPerSecond,
            Options);
        var ready = version.ReadyAt(now).OrderBy(p => p.Sequence).ToList();
        if (ready.Count == 0 || split[image] <= 0)
        {
            return [];
        }

        var versionBehaviour = BehaviourOf(image);
        return [.. ready.Select(p =>
        {
            var behaviour = _podBehaviours.TryGetValue(p.Name, out var own) ? own : new PodBehaviour(versionBehaviour.ErrorRate, versionBehaviour.P95LatencyMs);
            return new PodMetrics
            {
                Name = p.Name,
                Image = image,
                RequestsPerSecond = split[image] / ready.Count,
                ErrorRate = behaviour.ErrorRate,
                P95LatencyMs = behaviour.P95LatencyMs,
                SampledAt = now,
            };
        })];
    }
}
