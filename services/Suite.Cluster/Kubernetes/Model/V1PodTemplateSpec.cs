namespace Suite.Cluster.Kubernetes.Model;

internal sealed class V1PodTemplateSpec
{
    public V1ObjectMeta? Metadata { get; set; }
    public V1PodSpec? Spec { get; set; }
}
