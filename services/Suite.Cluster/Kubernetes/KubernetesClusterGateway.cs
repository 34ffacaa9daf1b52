using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Suite.Cluster.Kubernetes.Model;
using Suite.Cluster.Resilience;

namespace Suite.Cluster.Kubernetes;

/// <summary>
/// <see cref="IClusterGateway"/> over the Kubernetes REST API: each version is a Deployment named
/// <c>{app}-{hash}</c>, scaled by setting an absolute replica count, so every call is idempotent.
/// </summary>
public sealed partial class KubernetesClusterGateway : IClusterGateway
{
    /// <summary>The <see cref="IHttpClientFactory"/> client this gateway calls the API server with.</summary>
    public const string HttpClientName = "Suite.Cluster.Kubernetes";

    /// <summary>Writes that lost a race (409) before the gateway gives up: each try reads the object afresh.</summary>
    private const int MaxConflicts = 5;

    private readonly KubernetesApi _api;
    private readonly ILogger<KubernetesClusterGateway> _logger;

    public KubernetesClusterGateway(IHttpClientFactory httpClientFactory, IOptions<KubernetesClusterOptions> options, TimeProvider timeProvider, ILogger<KubernetesClusterGateway> logger)
    {
        var o = options.Value;
        var settings = new HttpResilienceSettings(o.MaxRetryAttempts, o.RetryBaseDelay, o.RequestTimeout);
        var pipeline = HttpResilience.Create(settings, timeProvider, logger, "Kubernetes API server");
        _api = new KubernetesApi(() => httpClientFactory.CreateClient(HttpClientName), pipeline, new BearerTokenSource(o));
        _logger = logger;
    }

    public async Task<WorkloadStatus> GetWorkloadAsync(WorkloadRef workload, CancellationToken cancellationToken)
    {
        var selector = KubernetesNaming.ApplicationSelector(workload.Application);
        var deployments = await _api.ListNamespacedDeploymentAsync(workload.Namespace, selector, cancellationToken);
        var pods = await _api.ListNamespacedPodAsync(workload.Namespace, selector, cancellationToken);
        return WorkloadStatusMapper.ToStatus(workload, deployments, pods);
    }

    /// <summary>
    /// Gives the pods named in <paramref name="removeFirst"/> the lowest pod-deletion costs, in order, so that the
    /// ReplicaSet removes them first, then scales. A pod already gone is skipped.
    /// </summary>
    public async Task ScaleVersionAsync(WorkloadRef workload, string image, int replicas, IReadOnlyList<string>? removeFirst, CancellationToken cancellationToken)
    {
        await SetDeletionCostsAsync(workload, removeFirst, cancellationToken);
        await ScaleVersionAsync(workload, image, replicas, cancellationToken);
    }

    public async Task ScaleVersionAsync(WorkloadRef workload, string image, int replicas, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(image);
        ArgumentOutOfRangeException.ThrowIfNegative(replicas);
        var name = KubernetesNaming.DeploymentName(workload.Application, image);
        var existing = await _api.ReadNamespacedDeploymentAsync(name, workload.Namespace, cancellationToken);
        if (existing is null)
        {
            try
            {
                await _api.CreateNamespacedDeploymentAsync(VersionDeployment.Create(workload, image, replicas), workload.Namespace, cancellationToken);
                LogCreated(workload, name, image, replicas);
                return;
            }
            catch (ClusterOperationException e) when (e.StatusCode == 409)
            {
                // Created in the meantime, possibly by an earlier attempt of this very call whose answer was lost.
            }
        }
        else if (existing.Spec?.Replicas == replicas)
        {
            return;
        }

        var patch = JsonSerializer.SerializeToElement(new { spec = new { replicas } });
        await _api.PatchNamespacedDeploymentAsync(patch, name, workload.Namespace, cancellationToken);
        LogScaled(workload, name, replicas);
    }

    /// <summary>
    /// Adds the mark to the version's Deployment with a merge patch that names the resourceVersion it read, so that a
    /// concurrent change makes the server answer 409 instead of one write losing the other; then reads and tries again.
    /// </summary>
    public async Task MarkRolledBackAsync(WorkloadRef workload, string image, Guid deploymentId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(image);
        var name = KubernetesNaming.DeploymentName(workload.Application, image);
        await WithFreshReadAsync(name, workload.Namespace, async (existing, _) =>
        {
            if (existing is null)
            {
                var created = VersionDeployment.Create(workload, image, 0);
                created.Metadata!.Annotations![RollbackMarks.Annotation] = RollbackMarks.With(null, deploymentId);
                await _api.CreateNamespacedDeploymentAsync(created, workload.Namespace, cancellationToken);
                LogMarked(workload, name, deploymentId);
                return true;
            }

            var marks = existing.Metadata?.Annotations?.GetValueOrDefault(RollbackMarks.Annotation);
            var marked = RollbackMarks.With(marks, deploymentId);
            if (marked == marks)
            {
                return true;
            }

            var patch = JsonSerializer.SerializeToElement(new
            {
                metadata = new { resourceVersion = existing.Metadata?.ResourceVersion, annotations = new Dictionary<string, string> { [RollbackMarks.Annotation] = marked } },
            });
            await _api.PatchNamespacedDeploymentAsync(patch, name, workload.Namespace, cancellationToken);
            LogMarked(workload, name, deploymentId);
            return true;
        }, cancellationToken);
    }

    /// <summary>
    /// Reads the Deployment, refuses when it carries the mark, and otherwise scales it with a merge patch that names the
    /// resourceVersion read: the API server applies it only if nothing (a rollback's mark, say) changed the object since.
    /// On 409 it reads again, since a Deployment's status changes often; a Deployment that does not exist is created.
    /// </summary>
    public async Task<bool> ScaleVersionUnlessRolledBackAsync(
        WorkloadRef workload, string image, int replicas, IReadOnlyList<string>? removeFirst, Guid deploymentId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(image);
        ArgumentOutOfRangeException.ThrowIfNegative(replicas);
        var name = KubernetesNaming.DeploymentName(workload.Application, image);
        return await WithFreshReadAsync(name, workload.Namespace, async (existing, attempt) =>
        {
            if (existing is null)
            {
                await _api.CreateNamespacedDeploymentAsync(VersionDeployment.Create(workload, image, replicas), workload.Namespace, cancellationToken);
                LogCreated(workload, name, image, replicas);
                return true;
            }

            if (RollbackMarks.Parse(existing.Metadata?.Annotations?.GetValueOrDefault(RollbackMarks.Annotation)).Contains(deploymentId))
            {
                LogFenced(workload, name, deploymentId);
                return false;
            }

            if (existing.Spec?.Replicas == replicas)
            {
                return true;
            }

            if (attempt == 1)
            {
                await SetDeletionCostsAsync(workload, removeFirst, cancellationToken);
            }

            var patch = JsonSerializer.SerializeToElement(new { metadata = new { resourceVersion = existing.Metadata?.ResourceVersion }, spec = new { replicas } });
            await _api.PatchNamespacedDeploymentAsync(patch, name, workload.Namespace, cancellationToken);
            LogScaled(workload, name, replicas);
            return true;
        }, cancellationToken);
    }

    /// <summary>
    /// Reads the Deployment and writes with what it read (a write that names the read's resourceVersion, or a create);
    /// when the server answers 409 (changed or created in between) it reads again, up to <see cref="MaxConflicts"/> times.
    /// </summary>
    private async Task<T> WithFreshReadAsync<T>(string name, string @namespace, Func<V1Deployment?, int, Task<T>> write, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var existing = await _api.ReadNamespacedDeploymentAsync(name, @namespace, cancellationToken);
            try
            {
                return await write(existing, attempt);
            }
            catch (ClusterOperationException e) when (e.StatusCode == 409 && attempt < MaxConflicts)
            {
                // Changed (or created) in between: read it again, marks included.
            }
        }
    }

    private async Task SetDeletionCostsAsync(WorkloadRef workload, IReadOnlyList<string>? removeFirst, CancellationToken cancellationToken)
    {
        var names = removeFirst ?? [];
        for (var i = 0; i < names.Count; i++)
        {
            var cost = (i - names.Count).ToString(CultureInfo.InvariantCulture);
            var patch = JsonSerializer.SerializeToElement(new { metadata = new { annotations = new Dictionary<string, string> { [KubernetesNaming.PodDeletionCostAnnotation] = cost } } });
            await _api.PatchNamespacedPodAsync(patch, names[i], workload.Namespace, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created deployment {Deployment} in {Workload} for {Image} with {Replicas} replicas")]
    private partial void LogCreated(WorkloadRef workload, string deployment, string image, int replicas);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scaled deployment {Deployment} in {Workload} to {Replicas} replicas")]
    private partial void LogScaled(WorkloadRef workload, string deployment, int replicas);

    [LoggerMessage(Level = LogLevel.Information, Message = "Marked deployment {Deployment} in {Workload}: deployment {DeploymentId} was rolled back")]
    private partial void LogMarked(WorkloadRef workload, string deployment, Guid deploymentId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deployment {Deployment} in {Workload} left alone: deployment {DeploymentId} was rolled back")]
    private partial void LogFenced(WorkloadRef workload, string deployment, Guid deploymentId);
}
