using Suite.Cluster.Routing;

namespace Suite.Cluster.Simulated;

/// <summary>An application's versions, in the order they were created, and its traffic.</summary>
internal sealed class SimulatedApplication
{
    private readonly List<SimulatedVersion> _versions = [];

    public IReadOnlyList<SimulatedVersion> Versions => _versions;

    /// <summary>Null: the cluster's default.</summary>
    public double? RequestsPerSecond { get; set; }

    /// <summary>Null: traffic follows ready pods.</summary>
    public TrafficRoute? Route { get; set; }

    public SimulatedVersion? Find(string image) => _versions.FirstOrDefault(v => v.Image == image);

    public SimulatedVersion Add(SimulatedVersion version)
    {
        _versions.Add(version);
        return version;
    }

    public IEnumerable<PodRecord> Pods => _versions.SelectMany(v => v.Pods);
}
