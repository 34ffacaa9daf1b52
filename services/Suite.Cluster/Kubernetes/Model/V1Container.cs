namespace Suite.Cluster.Kubernetes.Model;

internal sealed class V1Container
{
    public string? Name { get; set; }
    public string? Image { get; set; }
}
