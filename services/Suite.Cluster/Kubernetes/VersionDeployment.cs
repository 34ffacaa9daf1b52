using Suite.Cluster.Kubernetes.Model;

namespace Suite.Cluster.Kubernetes;

/// <summary>The Deployment that runs one version (image) of an application.</summary>
internal static class VersionDeployment
{
    public static V1Deployment Create(WorkloadRef workload, string image, int replicas) => new()
    {
        ApiVersion = V1Deployment.ApiVersionValue,
        Kind = V1Deployment.KindValue,
        Metadata = new V1ObjectMeta
        {
            Name = KubernetesNaming.DeploymentName(workload.Application, image),
            Namespace = workload.Namespace,
            Labels = KubernetesNaming.VersionLabels(workload.Application, image),
            Annotations = new() { [KubernetesNaming.ImageAnnotation] = image },
        },
        Spec = new V1DeploymentSpec
        {
            Replicas = replicas,
            Selector = new V1LabelSelector { MatchLabels = KubernetesNaming.VersionSelector(workload.Application, image) },
            Template = new V1PodTemplateSpec
            {
                Metadata = new V1ObjectMeta { Labels = KubernetesNaming.VersionLabels(workload.Application, image) },
                Spec = new V1PodSpec { Containers = [new V1Container { Name = KubernetesNaming.ContainerName, Image = image }] },
            },
        },
    };

    /// <summary>The image the deployment runs: Suite's annotation, else its first container's image.</summary>
    public static string? ImageOf(V1Deployment deployment) =>
        deployment.Metadata?.Annotations?.GetValueOrDefault(KubernetesNaming.ImageAnnotation)
        ?? deployment.Spec?.Template?.Spec?.Containers?.FirstOrDefault()?.Image;
}
