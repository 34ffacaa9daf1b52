using Suite.Cluster.Kubernetes;

namespace Suite.Cluster.Simulated;

/// <summary>One version's workload: its desired replicas and every pod it ever had.</summary>
internal sealed class SimulatedVersion(WorkloadRef workload, string image, DateTimeOffset createdAt)
{
    private readonly List<PodRecord> _pods = [];

    public WorkloadRef Workload { get; } = workload;
    public string Image { get; } = image;
    public string DeploymentName { get; } = KubernetesNaming.DeploymentName(workload.Application, image);
    public DateTimeOffset CreatedAt { get; } = createdAt;
    public int Desired { get; private set; }

    /// <summary>Bumped on every change of the desired state, as a Deployment's metadata.generation is.</summary>
    public long Generation { get; private set; }

    public long ResourceVersion { get; set; }

    /// <summary>Its Deployment's annotations beside Suite's image annotation, which the simulator derives: the rollback marks, say.</summary>
    public Dictionary<string, string> Annotations { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<Guid> RolledBack => RollbackMarks.Parse(Annotations.GetValueOrDefault(RollbackMarks.Annotation));

    public IReadOnlyList<PodRecord> Pods => _pods;

    /// <summary>
    /// Sets the desired replicas: adds pods, or terminates the surplus as a ReplicaSet picks it,
    /// pods not yet ready first, then those named in <paramref name="removeFirst"/> in its order,
    /// then the lowest pod-deletion cost, then the newest.
    /// </summary>
    public void ScaleTo(int replicas, DateTimeOffset now, DateTimeOffset? readyAt, TimeSpan grace, Func<long> nextSequence, IReadOnlyList<string>? removeFirst = null)
    {
        if (Generation == 0 || replicas != Desired)
        {
            Desired = replicas;
            Generation++;
        }

        var live = _pods.Where(p => !p.IsTerminating).ToList();
        for (var i = live.Count; i < replicas; i++)
        {
            var sequence = nextSequence();
            _pods.Add(new PodRecord($"{DeploymentName}-{PodSuffix(sequence)}", Image, sequence, now, readyAt));
        }

        var surplus = live
            .OrderBy(p => p.IsReadyAt(now))
            .ThenBy(p => Rank(removeFirst, p.Name))
            .ThenBy(p => p.DeletionCost)
            .ThenByDescending(p => p.CreatedAt)
            .ThenByDescending(p => p.Sequence)
            .Take(live.Count - replicas);
        foreach (var pod in surplus)
        {
            pod.Terminate(now, grace);
        }
    }

    public IEnumerable<PodRecord> ReadyAt(DateTimeOffset t) => _pods.Where(p => p.IsReadyAt(t));

    public int CountAt(DateTimeOffset t, PodPhase phase) => _pods.Count(p => p.PhaseAt(t) == phase);

    public VersionStatus StatusAt(DateTimeOffset t) =>
        new(Image, Desired, CountAt(t, PodPhase.Ready), CountAt(t, PodPhase.Starting), CountAt(t, PodPhase.Terminating))
        {
            RolledBack = RolledBack,
            LastReadyAt = ReadyAt(t).Max(p => p.ReadyAt),
        };

    public SimulatedVersionSnapshot Snapshot(DateTimeOffset now) =>
        new(Workload, Image, DeploymentName, Desired, Generation, ResourceVersion, CreatedAt,
            [.. _pods.Select(p => p.ToPod(now)).OfType<SimulatedPod>()])
        {
            Annotations = new Dictionary<string, string>(Annotations, StringComparer.Ordinal),
        };

    private static int Rank(IReadOnlyList<string>? removeFirst, string name)
    {
        for (var i = 0; i < (removeFirst?.Count ?? 0); i++)
        {
            if (removeFirst![i] == name)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    /// <summary>Five characters from the alphabet Kubernetes uses for generated names, so pod names look familiar.</summary>
    private static string PodSuffix(long sequence)
    {
        const string alphabet = "bcdfghjklmnpqrstvwxz2456789";
        Span<char> chars = stackalloc char[5];
        for (var i = chars.Length - 1; i >= 0; i--)
        {
            chars[i] = alphabet[(int)(sequence % alphabet.Length)];
            sequence /= alphabet.Length;
        }

        return new string(chars);
    }
}
