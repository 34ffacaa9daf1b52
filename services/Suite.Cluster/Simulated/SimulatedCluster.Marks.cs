using System.Globalization;

namespace Suite.Cluster.Simulated;

/// <summary>The simulated cluster's rollback marks (<see cref="RollbackMarks"/>), and the writes its fake API server makes in one step.</summary>
public sealed partial class SimulatedCluster
{
    public Task MarkRolledBackAsync(WorkloadRef workload, string image, Guid deploymentId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentException.ThrowIfNullOrWhiteSpace(image);
        lock (_gate)
        {
            var version = Application(workload).Find(image);
            if (version is null)
            {
                Scale(workload, image, 0, readyAtOnce: false);
                version = Application(workload).Find(image)!;
            }

            var marks = version.Annotations.GetValueOrDefault(RollbackMarks.Annotation);
            var marked = RollbackMarks.With(marks, deploymentId);
            if (marked != marks)
            {
                version.Annotations[RollbackMarks.Annotation] = marked;
                version.ResourceVersion = ++_resourceVersion;
            }
        }

        return Task.CompletedTask;
    }

    public Task<bool> ScaleVersionUnlessRolledBackAsync(
        WorkloadRef workload, string image, int replicas, IReadOnlyList<string>? removeFirst, Guid deploymentId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (_applications.TryGetValue(workload, out var application) && application.Find(image) is { } version && version.RolledBack.Contains(deploymentId))
            {
                return Task.FromResult(false);
            }

            Scale(workload, image, replicas, readyAtOnce: false, removeFirst);
            return Task.FromResult(true);
        }
    }

    /// <summary>Creates the version's workload unless it exists (the API server's create, which refuses duplicates), keeping the posted annotations.</summary>
    internal bool TryCreateVersion(WorkloadRef workload, string image, int replicas, IReadOnlyDictionary<string, string>? annotations = null)
    {
        lock (_gate)
        {
            if (_applications.TryGetValue(workload, out var application) && application.Find(image) is not null)
            {
                return false;
            }

            Scale(workload, image, replicas, readyAtOnce: false);
            var version = Application(workload).Find(image)!;
            foreach (var (key, value) in annotations ?? new Dictionary<string, string>())
            {
                version.Annotations[key] = value;
            }

            return true;
        }
    }

    /// <summary>
    /// The API server's merge patch of a version's Deployment, applied in one step: when <paramref name="resourceVersion"/>
    /// is given it must still be the object's (else <see cref="PatchOutcome.Conflict"/>); then the replicas are set and
    /// each annotation set, or removed where its value is null.
    /// </summary>
    internal PatchOutcome TryPatchVersion(string @namespace, string deploymentName, string? resourceVersion, int? replicas, IReadOnlyDictionary<string, string?> annotations)
    {
        lock (_gate)
        {
            var (workload, version) = _applications.Where(a => a.Key.Namespace == @namespace)
                .SelectMany(a => a.Value.Versions.Select(v => (a.Key, Version: v)))
                .FirstOrDefault(v => v.Version.DeploymentName == deploymentName);
            if (version is null)
            {
                return PatchOutcome.NotFound;
            }

            if (resourceVersion is not null && resourceVersion != version.ResourceVersion.ToString(CultureInfo.InvariantCulture))
            {
                return PatchOutcome.Conflict;
            }

            var changed = false;
            foreach (var (key, value) in annotations)
            {
                changed |= value is null ? version.Annotations.Remove(key) : version.Annotations.GetValueOrDefault(key) != value;
                if (value is not null)
                {
                    version.Annotations[key] = value;
                }
            }

            if (replicas is { } desired)
            {
                Scale(workload, version.Image, desired, readyAtOnce: false);
            }
            else if (changed)
            {
                version.ResourceVersion = ++_resourceVersion;
            }

            return PatchOutcome.Patched;
        }
    }
}
