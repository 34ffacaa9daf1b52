namespace Suite.Cluster.Kubernetes.Model;

internal sealed class V1DeploymentList
{
    public string? ApiVersion { get; set; }
    public string? Kind { get; set; }
    public V1ListMeta? Metadata { get; set; }
    public List<V1Deployment> Items { get; set; } = [];
}
