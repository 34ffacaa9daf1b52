namespace Suite.Cluster.Kubernetes.Model;

internal sealed class V1PodSpec
{
    public List<V1Container>? Containers { get; set; }
    public long? TerminationGracePeriodSeconds { get; set; }
}
