namespace Suite.Cluster.Kubernetes.Model;

internal sealed class V1StatusDetails
{
    public string? Name { get; set; }
    public string? Group { get; set; }
    public string? Kind { get; set; }
}
