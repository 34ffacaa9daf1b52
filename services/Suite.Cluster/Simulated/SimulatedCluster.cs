namespace Suite.Cluster.Simulated;

/// <summary>
/// An in-process cluster for the embedded default, the demo and tests. Every change records pod
/// lifecycles (created, ready, terminating, gone) against the injected <see cref="TimeProvider"/>, and
/// every read computes the state at "now" from those records: no timers, so a manual clock makes it
/// deterministic. One Service selects every version, so an application's traffic splits across
/// versions by ready pods unless a route (<see cref="Routing.ITrafficRouter"/>) says otherwise. Thread-safe.
/// </summary>
public sealed partial class SimulatedCluster : IClusterGateway, IMetricsSource
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly Dictionary<WorkloadRef, SimulatedApplication> _applications = [];
    private readonly Dictionary<string, VersionBehaviour> _behaviours = new(StringComparer.Ordinal);
    private long _resourceVersion;
    private long _podSequence;

    public SimulatedCluster(TimeProvider timeProvider)
        : this(timeProvider, new SimulatedClusterOptions())
    {
    }

    public SimulatedCluster(TimeProvider timeProvider, SimulatedClusterOptions options)
    {
        _time = timeProvider;
        Options = options;
    }

    public SimulatedClusterOptions Options { get; }

    /// <summary>Puts <paramref name="image"/> in production with <paramref name="replicas"/> pods ready at once.</summary>
    public void Seed(WorkloadRef workload, string image, int replicas) => Scale(workload, image, replicas, readyAtOnce: true);

    public void SetTraffic(WorkloadRef workload, double requestsPerSecond)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(requestsPerSecond);
        if (!double.IsFinite(requestsPerSecond))
        {
            throw new ArgumentOutOfRangeException(nameof(requestsPerSecond), requestsPerSecond, "must be finite");
        }

        lock (_gate)
        {
            Application(workload).RequestsPerSecond = requestsPerSecond;
        }
    }

    /// <summary>
    /// How <paramref name="image"/> behaves from now on in every application. A start-up delay applies to
    /// pods created afterwards; error rate and latency apply at once.
    /// </summary>
    public void SetVersionBehaviour(string image, VersionBehaviour behaviour)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(image);
        if (behaviour.ErrorRate is < 0 or > 1 || double.IsNaN(behaviour.ErrorRate))
        {
            throw new ArgumentOutOfRangeException(nameof(behaviour), behaviour.ErrorRate, "ErrorRate must be between 0 and 1");
        }

        if (behaviour.P95LatencyMs < 0 || behaviour.StartupDelay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(behaviour), "P95LatencyMs and StartupDelay must not be negative");
        }

        lock (_gate)
        {
            _behaviours[image] = behaviour;
        }
    }

    public Task<WorkloadStatus> GetWorkloadAsync(WorkloadRef workload, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            var versions = _applications.TryGetValue(workload, out var application)
                ? application.Versions.Select(v => v.StatusAt(now)).ToList()
                : [];
            return Task.FromResult(new WorkloadStatus(workload, versions));
        }
    }

    public Task ScaleVersionAsync(WorkloadRef workload, string image, int replicas, CancellationToken cancellationToken) =>
        ScaleVersionAsync(workload, image, replicas, removeFirst: null, cancellationToken);

    /// <summary>Scales as a ReplicaSet does, except that the ready pods named in <paramref name="removeFirst"/> go first.</summary>
    public Task ScaleVersionAsync(WorkloadRef workload, string image, int replicas, IReadOnlyList<string>? removeFirst, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Scale(workload, image, replicas, readyAtOnce: false, removeFirst);
        return Task.CompletedTask;
    }

    /// <summary>The fewest ready and the most running pods of the application at any instant from <paramref name="since"/> to now.</summary>
    public AvailabilityReport AvailabilityReport(WorkloadRef workload, DateTimeOffset since)
    {
        lock (_gate)
        {
            var pods = _applications.TryGetValue(workload, out var application) ? application.Pods.ToList() : [];
            return Availability.Compute(pods, since, _time.GetUtcNow());
        }
    }

    /// <summary>The application's pods that exist now, by version then age.</summary>
    public IReadOnlyList<SimulatedPod> Pods(WorkloadRef workload)
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            return _applications.TryGetValue(workload, out var application)
                ? [.. application.Pods.Select(p => p.ToPod(now)).OfType<SimulatedPod>()]
                : [];
        }
    }

    /// <summary>The application's pods that were taken out of rotation, in the order it happened, gone ones included.</summary>
    public IReadOnlyList<PodRemoval> Removals(WorkloadRef workload)
    {
        lock (_gate)
        {
            return _applications.TryGetValue(workload, out var application)
                ? [.. application.Pods.Where(p => p.TerminatingAt is not null).OrderBy(p => p.TerminatingAt).ThenBy(p => p.Sequence)
                    .Select(p => new PodRemoval(p.Name, p.Image, p.TerminatingAt!.Value))]
                : [];
        }
    }

    internal IReadOnlyList<SimulatedVersionSnapshot> Snapshot(string @namespace)
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            return [.. _applications.Where(a => a.Key.Namespace == @namespace).SelectMany(a => a.Value.Versions).Select(v => v.Snapshot(now))];
        }
    }

    internal long ResourceVersion
    {
        get
        {
            lock (_gate)
            {
                return _resourceVersion;
            }
        }
    }

    /// <summary>Sets a pod's pod-deletion cost, as annotating it does; false when the namespace has no such pod.</summary>
    internal bool TrySetDeletionCost(string @namespace, string podName, int cost)
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            var pod = _applications.Where(a => a.Key.Namespace == @namespace)
                .SelectMany(a => a.Value.Pods)
                .FirstOrDefault(p => p.Name == podName && p.PhaseAt(now) is not null);
            if (pod is null)
            {
                return false;
            }

            pod.DeletionCost = cost;
            _resourceVersion++;
            return true;
        }
    }

    private void Scale(WorkloadRef workload, string image, int replicas, bool readyAtOnce, IReadOnlyList<string>? removeFirst = null)
    {
        ArgumentNullException.ThrowIfNull(workload);
        ArgumentException.ThrowIfNullOrWhiteSpace(image);
        ArgumentOutOfRangeException.ThrowIfNegative(replicas);
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            var application = Application(workload);
            var version = application.Find(image) ?? application.Add(new SimulatedVersion(workload, image, now));
            var behaviour = BehaviourOf(image);
            DateTimeOffset? readyAt = readyAtOnce ? now
                : behaviour.NeverReady ? null
                : now + (behaviour.StartupDelay ?? Options.StartupDelay);
            version.ScaleTo(replicas, now, readyAt, Options.TerminationGrace, () => ++_podSequence, removeFirst);
            version.ResourceVersion = ++_resourceVersion;
        }
    }

    private SimulatedApplication Application(WorkloadRef workload)
    {
        if (!_applications.TryGetValue(workload, out var application))
        {
            application = new SimulatedApplication();
            _applications[workload] = application;
        }

        return application;
    }

    private VersionBehaviour BehaviourOf(string image) =>
        _behaviours.TryGetValue(image, out var behaviour) ? behaviour : new VersionBehaviour(Options.ErrorRate, Options.P95LatencyMs);
}
