namespace Suite.Cluster.Kubernetes.Model;

/// <summary>The part of Kubernetes' ObjectMeta that Suite reads and writes.</summary>
internal sealed class V1ObjectMeta
{
    public string? Name { get; set; }
    public string? Namespace { get; set; }
    public string? Uid { get; set; }
    public Dictionary<string, string>? Labels { get; set; }
    public Dictionary<string, string>? Annotations { get; set; }
    public string? ResourceVersion { get; set; }
    public long? Generation { get; set; }
    public DateTimeOffset? CreationTimestamp { get; set; }

    /// <summary>Set when the object is being deleted: for a pod, it is terminating.</summary>
    public DateTimeOffset? DeletionTimestamp { get; set; }

    public long? DeletionGracePeriodSeconds { get; set; }
}
