namespace Suite.Cluster.Kubernetes.Model;

internal sealed class V1ListMeta
{
    public string? ResourceVersion { get; set; }
}
