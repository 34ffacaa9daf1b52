using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Polly;
using Polly.Timeout;
using Suite.Cluster.Kubernetes.Model;

namespace Suite.Cluster.Kubernetes;

/// <summary>
/// The few API server calls Suite makes, named after the official KubernetesClient's methods so that
/// replacing this class (and <c>Model/</c>) with that library is the whole change.
/// </summary>
internal sealed class KubernetesApi(
    Func<HttpClient> httpClient,
    ResiliencePipeline<HttpResponseMessage> pipeline,
    BearerTokenSource tokens)
{
    public async Task<V1Deployment?> ReadNamespacedDeploymentAsync(string name, string @namespace, CancellationToken cancellationToken)
    {
        const string operation = "Kubernetes read deployment";
        var target = $"{@namespace}/{name}";
        using var response = await SendAsync(operation, target, () => new HttpRequestMessage(HttpMethod.Get, DeploymentPath(@namespace, name)), cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        return await ReadAsync<V1Deployment>(response, operation, target, cancellationToken);
    }

    public async Task<V1Deployment> CreateNamespacedDeploymentAsync(V1Deployment body, string @namespace, CancellationToken cancellationToken)
    {
        const string operation = "Kubernetes create deployment";
        var target = $"{@namespace}/{body.Metadata?.Name}";
        using var response = await SendAsync(operation, target, () => new HttpRequestMessage(HttpMethod.Post, DeploymentsPath(@namespace))
        {
            Content = JsonContent.Create(body, options: KubernetesJson.Options),
        }, cancellationToken);
        return await ReadAsync<V1Deployment>(response, operation, target, cancellationToken);
    }

    /// <summary>A JSON merge patch (RFC 7386), which needs no knowledge of the object's current state.</summary>
    public async Task<V1Deployment> PatchNamespacedDeploymentAsync(JsonElement mergePatch, string name, string @namespace, CancellationToken cancellationToken)
    {
        const string operation = "Kubernetes patch deployment";
        var target = $"{@namespace}/{name}";
        var text = mergePatch.GetRawText();
        using var response = await SendAsync(operation, target, () => new HttpRequestMessage(HttpMethod.Patch, DeploymentPath(@namespace, name))
        {
            Content = new StringContent(text, Encoding.UTF8, KubernetesJson.MergePatchMediaType),
        }, cancellationToken);
        return await ReadAsync<V1Deployment>(response, operation, target, cancellationToken);
    }

    /// <summary>A JSON merge patch of a pod; null when the pod is gone.</summary>
    public async Task<V1Pod?> PatchNamespacedPodAsync(JsonElement mergePatch, string name, string @namespace, CancellationToken cancellationToken)
    {
        const string operation = "Kubernetes patch pod";
        var target = $"{@namespace}/{name}";
        var text = mergePatch.GetRawText();
        var path = $"api/v1/namespaces/{Uri.EscapeDataString(@namespace)}/pods/{Uri.EscapeDataString(name)}";
        using var response = await SendAsync(operation, target, () => new HttpRequestMessage(HttpMethod.Patch, path)
        {
            Content = new StringContent(text, Encoding.UTF8, KubernetesJson.MergePatchMediaType),
        }, cancellationToken);
        return response.StatusCode == HttpStatusCode.NotFound ? null : await ReadAsync<V1Pod>(response, operation, target, cancellationToken);
    }

    public async Task<V1DeploymentList> ListNamespacedDeploymentAsync(string @namespace, string labelSelector, CancellationToken cancellationToken)
    {
        const string operation = "Kubernetes list deployments";
        var target = $"{@namespace} ({labelSelector})";
        var path = $"{DeploymentsPath(@namespace)}?labelSelector={Uri.EscapeDataString(labelSelector)}";
        using var response = await SendAsync(operation, target, () => new HttpRequestMessage(HttpMethod.Get, path), cancellationToken);
        return await ReadAsync<V1DeploymentList>(response, operation, target, cancellationToken);
    }

    public async Task<V1PodList> ListNamespacedPodAsync(string @namespace, string labelSelector, CancellationToken cancellationToken)
    {
        const string operation = "Kubernetes list pods";
        var target = $"{@namespace} ({labelSelector})";
        var path = $"api/v1/namespaces/{Uri.EscapeDataString(@namespace)}/pods?labelSelector={Uri.EscapeDataString(labelSelector)}";
        using var response = await SendAsync(operation, target, () => new HttpRequestMessage(HttpMethod.Get, path), cancellationToken);
        return await ReadAsync<V1PodList>(response, operation, target, cancellationToken);
    }

    private static string DeploymentsPath(string @namespace) => $"apis/apps/v1/namespaces/{Uri.EscapeDataString(@namespace)}/deployments";

    private static string DeploymentPath(string @namespace, string name) => $"{DeploymentsPath(@namespace)}/{Uri.EscapeDataString(name)}";

    private async Task<HttpResponseMessage> SendAsync(string operation, string target, Func<HttpRequestMessage> createRequest, CancellationToken cancellationToken)
    {
        var client = httpClient();
        try
        {
            return await pipeline.ExecuteAsync(async ct =>
            {
                // A request message can be sent once only, so every attempt builds its own.
                using var request = createRequest();
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(KubernetesJson.MediaType));
                if (await tokens.GetAsync(ct) is { Length: > 0 } token)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                }

                return await client.SendAsync(request, ct);
            }, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new ClusterOperationException(operation, target, e.Message, innerException: e);
        }
        catch (TimeoutRejectedException e)
        {
            throw new ClusterOperationException(operation, target, $"no answer within {e.Timeout.TotalSeconds:0.###} s", innerException: e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ClusterOperationException(operation, target, "the request was cancelled (HttpClient timeout)", innerException: e);
        }
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, string operation, string target, CancellationToken cancellationToken)
        where T : class
    {
        if (!response.IsSuccessStatusCode)
        {
            throw await KubernetesErrors.FromResponseAsync(response, operation, target, cancellationToken);
        }

        try
        {
            return await response.Content.ReadFromJsonAsync<T>(KubernetesJson.Options, cancellationToken)
                ?? throw new ClusterOperationException(operation, target, "the API server answered with an empty body");
        }
        catch (JsonException e)
        {
            throw new ClusterOperationException(operation, target, $"unreadable answer: {e.Message}", innerException: e);
        }
    }
}
