namespace Suite.Cluster.Kubernetes.Model;

internal sealed class V1LabelSelector
{
    public Dictionary<string, string>? MatchLabels { get; set; }
}
