namespace Suite.Cluster.Kubernetes.Model;

internal sealed class V1DeploymentSpec
{
    /// <summary>Desired pods; the API server defaults an absent value to 1.</summary>
    public int? Replicas { get; set; }

    public V1LabelSelector? Selector { get; set; }
    public V1PodTemplateSpec? Template { get; set; }
}
