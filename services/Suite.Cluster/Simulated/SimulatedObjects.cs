using System.Globalization;
using Suite.Cluster.Kubernetes;
using Suite.Cluster.Kubernetes.Model;

namespace Suite.Cluster.Simulated;

/// <summary>The simulated cluster's versions and pods as apps/v1 Deployments and v1 Pods.</summary>
internal static class SimulatedObjects
{
    public static V1Deployment Deployment(SimulatedVersionSnapshot version, bool listItem = false)
    {
        var deployment = VersionDeployment.Create(version.Workload, version.Image, version.Desired);
        if (listItem)
        {
            // List items carry no kind or apiVersion of their own; the list does.
            deployment.ApiVersion = null;
            deployment.Kind = null;
        }

        var metadata = deployment.Metadata!;
        foreach (var (key, value) in version.Annotations)
        {
            metadata.Annotations![key] = value;
        }

        metadata.ResourceVersion = version.ResourceVersion.ToString(CultureInfo.InvariantCulture);
        metadata.Generation = version.Generation;
        metadata.CreationTimestamp = version.CreatedAt;
        var ready = version.Count(PodPhase.Ready);
        var running = ready + version.Count(PodPhase.Starting);
        deployment.Status = new V1DeploymentStatus
        {
            ObservedGeneration = version.Generation,
            Replicas = OmitZero(running),
            UpdatedReplicas = OmitZero(running),
            ReadyReplicas = OmitZero(ready),
            AvailableReplicas = OmitZero(ready),
        };
        return deployment;
    }

    public static V1Pod Pod(SimulatedVersionSnapshot version, SimulatedPod pod, TimeSpan terminationGrace) => new()
    {
        Metadata = new V1ObjectMeta
        {
            Name = pod.Name,
            Namespace = version.Workload.Namespace,
            Labels = KubernetesNaming.VersionLabels(version.Workload.Application, version.Image),
            Annotations = pod.DeletionCost == 0
                ? null
                : new() { [KubernetesNaming.PodDeletionCostAnnotation] = pod.DeletionCost.ToString(CultureInfo.InvariantCulture) },
            CreationTimestamp = pod.CreatedAt,
            DeletionTimestamp = pod.Phase == PodPhase.Terminating ? pod.TerminatingAt + terminationGrace : null,
            DeletionGracePeriodSeconds = pod.Phase == PodPhase.Terminating ? (long)terminationGrace.TotalSeconds : null,
        },
        Spec = new V1PodSpec
        {
            Containers = [new V1Container { Name = KubernetesNaming.ContainerName, Image = version.Image }],
            TerminationGracePeriodSeconds = (long)terminationGrace.TotalSeconds,
        },
        Status = new V1PodStatus
        {
            Phase = pod.Phase == PodPhase.Starting ? "Pending" : "Running",
            Conditions =
            [
                new V1PodCondition
                {
                    Type = V1PodCondition.ReadyType,
                    Status = pod.Phase == PodPhase.Ready ? "True" : "False",
                    LastTransitionTime = pod.Phase switch
                    {
                        PodPhase.Ready => pod.ReadyAt,
                        PodPhase.Terminating => pod.TerminatingAt,
                        _ => pod.CreatedAt,
                    },
                },
            ],
        },
    };

    private static int? OmitZero(int count) => count == 0 ? null : count;
}
