namespace Suite.Cluster.Kubernetes.Model;

/// <summary>An apps/v1 Deployment, as much of it as Suite uses.</summary>
internal sealed class V1Deployment
{
    public const string ApiVersionValue = "apps/v1";
    public const string KindValue = "Deployment";

    public string? ApiVersion { get; set; }
    public string? Kind { get; set; }
    public V1ObjectMeta? Metadata { get; set; }
    public V1DeploymentSpec? Spec { get; set; }
    public V1DeploymentStatus? Status { get; set; }
}
