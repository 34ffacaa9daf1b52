using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Suite.Cluster.Kubernetes;
using Suite.Cluster.Kubernetes.Model;

namespace Suite.Cluster.Simulated;

/// <summary>
/// apps/v1 Deployments of the simulated cluster: list, read, create, and merge-patch of <c>spec.replicas</c> and
/// <c>metadata.annotations</c> with <c>metadata.resourceVersion</c> as a precondition, as the API server treats it.
/// </summary>
internal static class SimulatedDeploymentEndpoints
{
    private const string Resource = "deployments.apps";

    public static IResult List(SimulatedCluster cluster, string ns, string? labelSelector)
    {
        if (!LabelSelector.TryParse(labelSelector, out var selector, out var error))
        {
            return KubernetesStatusResults.BadRequest(error!);
        }

        var list = new V1DeploymentList
        {
            ApiVersion = V1Deployment.ApiVersionValue,
            Kind = "DeploymentList",
            Metadata = new V1ListMeta { ResourceVersion = cluster.ResourceVersion.ToString(CultureInfo.InvariantCulture) },
            Items = [.. cluster.Snapshot(ns).Select(v => SimulatedObjects.Deployment(v, listItem: true)).Where(d => selector.Matches(d.Metadata?.Labels))],
        };
        return Results.Json(list, KubernetesJson.Options, KubernetesJson.MediaType);
    }

    public static IResult Read(SimulatedCluster cluster, string ns, string name) =>
        Find(cluster, ns, name) is { } version
            ? Results.Json(SimulatedObjects.Deployment(version), KubernetesJson.Options, KubernetesJson.MediaType)
            : KubernetesStatusResults.NotFound(Resource, name);

    public static async Task<IResult> CreateAsync(SimulatedCluster cluster, string ns, HttpRequest request)
    {
        V1Deployment? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<V1Deployment>(request.Body, KubernetesJson.Options, request.HttpContext.RequestAborted);
        }
        catch (JsonException e)
        {
            return KubernetesStatusResults.BadRequest($"the body of the request is not a Deployment: {e.Message}");
        }

        if (!SimulatedDeploymentValidation.TryRead(body, ns, out var version, out var error))
        {
            return error;
        }

        if (!cluster.TryCreateVersion(version.Workload, version.Image, version.Replicas, version.Annotations))
        {
            return KubernetesStatusResults.AlreadyExists(Resource, version.Name);
        }

        return Results.Json(SimulatedObjects.Deployment(Find(cluster, ns, version.Name)!), KubernetesJson.Options, KubernetesJson.MediaType, StatusCodes.Status201Created);
    }

    public static async Task<IResult> PatchAsync(SimulatedCluster cluster, string ns, string name, HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType) || mediaType.MediaType != KubernetesJson.MergePatchMediaType)
        {
            return KubernetesStatusResults.UnsupportedMediaType(request.ContentType);
        }

        JsonNode? patch;
        try
        {
            patch = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
        }
        catch (JsonException e)
        {
            return KubernetesStatusResults.BadRequest($"the merge patch is not JSON: {e.Message}");
        }

        if (!SimulatedDeploymentValidation.TryReadPatch(patch, name, out var read, out var error))
        {
            return error;
        }

        return cluster.TryPatchVersion(ns, name, read.ResourceVersion, read.Replicas, read.Annotations) switch
        {
            PatchOutcome.NotFound => KubernetesStatusResults.NotFound(Resource, name),
            PatchOutcome.Conflict => KubernetesStatusResults.Conflict(Resource, name),
            _ => Read(cluster, ns, name),
        };
    }

    private static SimulatedVersionSnapshot? Find(SimulatedCluster cluster, string ns, string name) =>
        cluster.Snapshot(ns).FirstOrDefault(v => v.DeploymentName == name);
}
