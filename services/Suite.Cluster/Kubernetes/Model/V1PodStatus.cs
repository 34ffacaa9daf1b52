namespace Suite.Cluster.Kubernetes.Model;

internal sealed class V1PodStatus
{
    /// <summary><c>Pending</c> | <c>Running</c> | <c>Succeeded</c> | <c>Failed</c> | <c>Unknown</c>.</summary>
    public string? Phase { get; set; }

    public List<V1PodCondition>? Conditions { get; set; }
}
