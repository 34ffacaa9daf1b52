using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Suite.Cluster.Kubernetes;

namespace Suite.Cluster.Simulated;

/// <summary>v1 Pods of the simulated cluster: a merge patch of the pod-deletion-cost annotation, the one pod change Suite makes.</summary>
internal static class SimulatedPodEndpoints
{
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

        var annotations = ((patch as JsonObject)?["metadata"] as JsonObject)?["annotations"] as JsonObject;
        var text = annotations?[KubernetesNaming.PodDeletionCostAnnotation] is JsonValue value && value.TryGetValue<string>(out var written) ? written : null;
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var cost))
        {
            return KubernetesStatusResults.BadRequest(
                $"the simulator patches only the {KubernetesNaming.PodDeletionCostAnnotation} annotation of a pod, as a whole number in a string");
        }

        if (!cluster.TrySetDeletionCost(ns, name, cost))
        {
            return KubernetesStatusResults.NotFound("pods", name);
        }

        var pod = cluster.Snapshot(ns).SelectMany(v => v.Pods.Select(p => SimulatedObjects.Pod(v, p, cluster.Options.TerminationGrace))).First(p => p.Metadata?.Name == name);
        return Results.Json(pod, KubernetesJson.Options, KubernetesJson.MediaType);
    }
}
