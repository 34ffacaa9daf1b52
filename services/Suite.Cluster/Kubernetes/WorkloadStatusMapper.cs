using Suite.Cluster.Kubernetes.Model;

namespace Suite.Cluster.Kubernetes;

/// <summary>Counts each version's pods from the Deployments and Pods the API server listed.</summary>
internal static class WorkloadStatusMapper
{
    public static WorkloadStatus ToStatus(WorkloadRef workload, V1DeploymentList deployments, V1PodList pods)
    {
        var podsByVersion = pods.Items
            .Where(p => p.Status?.Phase is not ("Succeeded" or "Failed"))
            .ToLookup(p => p.Metadata?.Labels?.GetValueOrDefault(KubernetesNaming.VersionLabel));

        var versions = deployments.Items
            .OrderBy(d => d.Metadata?.CreationTimestamp ?? DateTimeOffset.MinValue)
            .ThenBy(d => d.Metadata?.Name, StringComparer.Ordinal)
            .Select(d => (Deployment: d, Image: VersionDeployment.ImageOf(d)))
            .Where(d => d.Image is not null)
            .Select(d => ToVersion(d.Image!, d.Deployment, podsByVersion[d.Deployment.Metadata?.Labels?.GetValueOrDefault(KubernetesNaming.VersionLabel)]))
            .ToList();
        return new WorkloadStatus(workload, versions);
    }

    private static VersionStatus ToVersion(string image, V1Deployment deployment, IEnumerable<V1Pod> pods)
    {
        int ready = 0, starting = 0, terminating = 0;
        DateTimeOffset? lastReadyAt = null;
        foreach (var pod in pods)
        {
            if (pod.Metadata?.DeletionTimestamp is not null)
            {
                terminating++;
            }
            else if (ReadyCondition(pod) is { } condition)
            {
                ready++;
                if (condition.LastTransitionTime is { } at && (lastReadyAt is null || at > lastReadyAt))
                {
                    lastReadyAt = at;
                }
            }
            else
            {
                starting++;
            }
        }

        return new VersionStatus(image, deployment.Spec?.Replicas ?? 1, ready, starting, terminating)
        {
            RolledBack = RollbackMarks.Parse(deployment.Metadata?.Annotations?.GetValueOrDefault(RollbackMarks.Annotation)),
            LastReadyAt = lastReadyAt,
        };
    }

    /// <summary>The pod's Ready condition when it is true; its last transition is when the pod became ready.</summary>
    private static V1PodCondition? ReadyCondition(V1Pod pod) =>
        pod.Status?.Conditions?.FirstOrDefault(c => c.Type == V1PodCondition.ReadyType && c.Status == "True");
}
