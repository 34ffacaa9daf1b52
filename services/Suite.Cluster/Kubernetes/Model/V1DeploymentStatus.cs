namespace Suite.Cluster.Kubernetes.Model;

/// <summary>Counts the API server omits when zero, hence nullable.</summary>
internal sealed class V1DeploymentStatus
{
    public long? ObservedGeneration { get; set; }
    public int? Replicas { get; set; }
    public int? UpdatedReplicas { get; set; }
    public int? ReadyReplicas { get; set; }
    public int? AvailableReplicas { get; set; }
}
