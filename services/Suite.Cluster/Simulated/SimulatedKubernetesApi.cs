using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Cluster.Kubernetes;
using Suite.Cluster.Kubernetes.Model;
using Suite.Cluster.Simulated.Control;

namespace Suite.Cluster.Simulated;

/// <summary>
/// A fake Kubernetes API server over a <see cref="SimulatedCluster"/>: the deployment and pod calls
/// <see cref="KubernetesClusterGateway"/> makes, answered as the real server documents them, plus the
/// simulator's control endpoints under <c>/suite-simulator/v1/</c>.
/// </summary>
public static class SimulatedKubernetesApi
{
    public static IEndpointRouteBuilder MapSimulatedKubernetesApi(this IEndpointRouteBuilder endpoints, SimulatedCluster cluster)
    {
        const string deployments = "/apis/apps/v1/namespaces/{ns}/deployments";
        endpoints.MapGet(deployments, (string ns, string? labelSelector) => SimulatedDeploymentEndpoints.List(cluster, ns, labelSelector));
        endpoints.MapPost(deployments, (string ns, HttpRequest request) => SimulatedDeploymentEndpoints.CreateAsync(cluster, ns, request));
        endpoints.MapGet(deployments + "/{name}", (string ns, string name) => SimulatedDeploymentEndpoints.Read(cluster, ns, name));
        endpoints.MapPatch(deployments + "/{name}", (string ns, string name, HttpRequest request) => SimulatedDeploymentEndpoints.PatchAsync(cluster, ns, name, request));
        endpoints.MapGet("/api/v1/namespaces/{ns}/pods", (string ns, string? labelSelector) => ListPods(cluster, ns, labelSelector));
        endpoints.MapPatch("/api/v1/namespaces/{ns}/pods/{name}", (string ns, string name, HttpRequest request) => SimulatedPodEndpoints.PatchAsync(cluster, ns, name, request));
        endpoints.MapSimulatorControl(cluster);
        return endpoints;
    }

    private static IResult ListPods(SimulatedCluster cluster, string ns, string? labelSelector)
    {
        if (!LabelSelector.TryParse(labelSelector, out var selector, out var error))
        {
            return KubernetesStatusResults.BadRequest(error!);
        }

        var pods = cluster.Snapshot(ns)
            .SelectMany(v => v.Pods.Select(p => SimulatedObjects.Pod(v, p, cluster.Options.TerminationGrace)))
            .Where(p => selector.Matches(p.Metadata?.Labels))
            .ToList();
        var list = new V1PodList
        {
            ApiVersion = "v1",
            Kind = "PodList",
            Metadata = new V1ListMeta { ResourceVersion = cluster.ResourceVersion.ToString(CultureInfo.InvariantCulture) },
            Items = pods,
        };
        return Results.Json(list, KubernetesJson.Options, KubernetesJson.MediaType);
    }
}
