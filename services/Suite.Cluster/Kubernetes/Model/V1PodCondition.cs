namespace Suite.Cluster.Kubernetes.Model;

internal sealed class V1PodCondition
{
    public const string ReadyType = "Ready";

    public string? Type { get; set; }

    /// <summary><c>True</c> | <c>False</c> | <c>Unknown</c>.</summary>
    public string? Status { get; set; }

    public DateTimeOffset? LastTransitionTime { get; set; }
}
