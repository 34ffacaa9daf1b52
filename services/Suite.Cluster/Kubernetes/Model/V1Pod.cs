namespace Suite.Cluster.Kubernetes.Model;

/// <summary>A v1 Pod, as much of it as Suite reads.</summary>
internal sealed class V1Pod
{
    public string? ApiVersion { get; set; }
    public string? Kind { get; set; }
    public V1ObjectMeta? Metadata { get; set; }
    public V1PodSpec? Spec { get; set; }
    public V1PodStatus? Status { get; set; }
}
